package dev.switchboard.events.ticket;

/** Declared from lowest to highest, so that {@code compareTo} orders by urgency. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
