package dev.switchboard.gateway.stream;

/** Whether the stream is fed: the console shows it, so a manager knows a quiet page is not a dead one. */
public enum FeedStatus {
    /** Switched off by configuration. */
    DISABLED,
    /** Starting, or looking for the topics' partitions. */
    CONNECTING,
    /** Reading every partition of the event topics. */
    LIVE,
    /** Kafka did not answer; the gateway keeps trying, the API is unaffected. */
    UNAVAILABLE
}
