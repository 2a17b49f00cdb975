package dev.switchboard.routing.assignment;

/** Where a ticket stands for routing; SOLVED tickets are kept because a customer message may reopen them. */
public enum TicketPhase { WAITING, ASSIGNED, SOLVED, CLOSED }
