package dev.switchboard.ticket.lifecycle;

/** The lifecycle forbids what was asked in the ticket's current status: 409. */
public class TransitionNotAllowedException extends RuntimeException {

    public TransitionNotAllowedException(String message) {
        super(message);
    }
}
