package dev.switchboard.ticket.kafka;

/** A record that no retry can fix: the binder sends it to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
