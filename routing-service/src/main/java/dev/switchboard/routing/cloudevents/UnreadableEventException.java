package dev.switchboard.routing.cloudevents;

/** A record that no retry can make readable: the binder sends it to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableEventException(String message) {
        super(message);
    }
}
