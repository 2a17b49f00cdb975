package dev.switchboard.analytics.fact;

/**
 * An event that can never be applied, however often it is retried (malformed JSON, a missing required field, a value
 * out of its range). Its record belongs in the dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
