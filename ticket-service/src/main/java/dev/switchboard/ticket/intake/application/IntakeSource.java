package dev.switchboard.ticket.intake.application;

/** Where a create request came in; a metric tag, so it must stay a short fixed list. */
public enum IntakeSource {
    REST, BATCH, KAFKA;

    public String tag() {
        return name().toLowerCase();
    }
}
