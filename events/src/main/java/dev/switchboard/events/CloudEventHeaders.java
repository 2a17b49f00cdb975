package dev.switchboard.events;

/**
 * Kafka record header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode. The record value is
 * the event's JSON data; these headers carry its envelope.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** Header a DLQ record carries with the reason it could not be read. */
    public static final String DLQ_REASON = "switchboard_dlq_reason";

    private CloudEventHeaders() {
    }
}
