package dev.switchboard.ticket.kafka;

/** The broker did not acknowledge in time: the caller must not be told the fact is recorded. */
public class EventNotPublishedException extends RuntimeException {

    public EventNotPublishedException(String eventId, Throwable cause) {
        super("event " + eventId + " was not acknowledged by Kafka: " + cause.getMessage(), cause);
    }
}
