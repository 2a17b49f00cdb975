package dev.switchboard.routing.cloudevents;

/** A consumed CloudEvent: its {@code ce_id}, {@code ce_type} and data read into the contract's record. */
public record IncomingEvent(String id, String type, Record data) {
}
