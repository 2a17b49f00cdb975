package dev.switchboard.ticket.view;

/** CANCELLED (a contract extension): a priority or team change selected a policy without a target for the metric. */
public enum SlaState { RUNNING, PAUSED, ACHIEVED, BREACHED, CANCELLED }
