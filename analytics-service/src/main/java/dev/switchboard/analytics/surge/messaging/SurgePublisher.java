package dev.switchboard.analytics.surge.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import dev.switchboard.events.analytics.SurgeDetected;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes {@code analytics.surge-detected} to {@code analytics.alerts} in CloudEvents binary mode, keyed by team. The
 * id {@code <team>:surge:<windowStart>} is derived from the fact, so an alert raised again after a restart is
 * recognised by consumers as the same one.
 */
class SurgePublisher {

    static final String SOURCE = "/switchboard/analytics-service";
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;

    SurgePublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    static String idOf(SurgeDetected surge) {
        return surge.team() + ":surge:" + surge.windowStart();
    }

    void publish(SurgeDetected surge) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, idOf(surge));
        header(headers, CloudEventHeaders.SOURCE, SOURCE);
        header(headers, CloudEventHeaders.TYPE, SurgeDetected.TYPE);
        header(headers, CloudEventHeaders.TIME, surge.detectedAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, surge.team());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            kafka.send(new ProducerRecord<>(Topic.ANALYTICS_ALERTS.topicName(), null, surge.team(),
                    json.writeValueAsBytes(surge), headers)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a surge", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("surge not written to " + Topic.ANALYTICS_ALERTS, e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
