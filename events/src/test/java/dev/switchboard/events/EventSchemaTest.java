package dev.switchboard.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event type's record, serialized the way the services serialize it (Jackson 3 defaults: ISO timestamps), is
 * valid against the JSON Schema checked into the repository; and the schemas really constrain.
 */
class EventSchemaTest {

    private static final JsonMapper SERVICE_JSON = JsonMapper.builder().build();
    private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<EventType> eventTypes() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldSerializeEveryEventTypeValidAgainstItsSchema(EventType type) throws Exception {
        Record sample = SampleEvents.BY_CLASS.get(type.dataClass());
        assertThat(sample).as("a sample of " + type.dataClass().getSimpleName()).isNotNull();

        Set<ValidationMessage> errors = schemaOf(type).validate(asSchemaJson(sample));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldRejectAnEventMissingItsRequiredFields(EventType type) throws Exception {
        ObjectNode json = (ObjectNode) asSchemaJson(SampleEvents.BY_CLASS.get(type.dataClass()));
        json.remove(json.fieldNames().next());

        assertThat(schemaOf(type).validate(json)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldRoundTripThroughJsonUnchanged(EventType type) {
        Record sample = SampleEvents.BY_CLASS.get(type.dataClass());

        Object read = SERVICE_JSON.readValue(SERVICE_JSON.writeValueAsString(sample), type.dataClass());

        assertThat(read).isEqualTo(sample);
    }

    @Test
    void shouldNameEveryTypeInTheContractStyleAndOnlyOnce() {
        assertThat(EventCatalog.ALL).extracting(EventType::type)
                .allMatch(t -> t.matches("switchboard\\.[a-z]+\\.[a-z-]+\\.v[0-9]+"))
                .doesNotHaveDuplicates();
        assertThat(SampleEvents.BY_CLASS).hasSameSizeAs(EventCatalog.ALL);
    }

    @Test
    void shouldIgnoreUnknownFieldsWhenReading() {
        String withExtra = "{\"ticketId\":\"t-1\",\"reopens\":2,\"occurredAt\":\"2026-11-23T08:00:00Z\",\"future\":1}";

        var read = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(withExtra, dev.switchboard.events.ticket.TicketReopened.class);

        assertThat(read.reopens()).isEqualTo(2);
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        try (InputStream in = EventSchemaTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource " + type.schemaResource()).isNotNull();
            return FACTORY.getSchema(in);
        }
    }

    private static JsonNode asSchemaJson(Record event) throws Exception {
        return SCHEMA_JSON.readTree(SERVICE_JSON.writeValueAsString(event));
    }
}
