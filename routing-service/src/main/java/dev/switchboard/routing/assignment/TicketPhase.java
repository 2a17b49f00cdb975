package dev.switchboard.routing.assignment;

/**
 * Where a ticket stands for routing; SOLVED tickets are kept because a customer message may reopen them. OFFERED: an
 * agent of a team that works with offers holds it (and the capacity it takes) until accepting, declining or the offer
 * running out.
 */
public enum TicketPhase { WAITING, OFFERED, ASSIGNED, SOLVED, CLOSED }
