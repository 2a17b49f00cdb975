package dev.switchboard.events;

/**
 * A CloudEvents type of the contract: its {@code ce_type} string, the record that is its JSON data, and the topic it
 * travels on. Its JSON Schema is the resource {@code schemas/<type>.json}.
 */
public record EventType(String type, Class<? extends Record> dataClass, Topic topic) {

    public String schemaResource() {
        return "schemas/" + type + ".json";
    }
}
