package dev.switchboard.ticket.lifecycle;

/** The {@code type} values of {@code POST /tickets/{id}/events}. */
public enum TicketEventType { CUSTOMER_MESSAGE, AGENT_REPLY, STATUS_CHANGED, PRIORITY_CHANGED, TEAM_CHANGED, SATISFACTION_RATED }
