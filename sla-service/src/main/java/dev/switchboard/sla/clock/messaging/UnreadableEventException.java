package dev.switchboard.sla.clock.messaging;

/** A record that will never be readable: retrying is pointless, it belongs in the DLQ. */
class UnreadableEventException extends RuntimeException {

    UnreadableEventException(String message) {
        super(message);
    }

    UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
