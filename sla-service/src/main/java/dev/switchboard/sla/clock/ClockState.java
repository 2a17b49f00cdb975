package dev.switchboard.sla.clock;

/**
 * As the ticket view shows it. A BREACHED clock stays open (and escalates) until its stop condition is met. A
 * CANCELLED clock was closed without an outcome: a re-match chose a policy that does not target its metric.
 */
public enum ClockState { RUNNING, PAUSED, ACHIEVED, BREACHED, CANCELLED }
