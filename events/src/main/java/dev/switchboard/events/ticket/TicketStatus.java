package dev.switchboard.events.ticket;

/**
 * NEW (waiting for an agent) → OPEN (assigned) ⇄ PENDING (waiting on the customer) ⇄ ON_HOLD (waiting on a third
 * party) → SOLVED → CLOSED (final).
 */
public enum TicketStatus { NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED }
