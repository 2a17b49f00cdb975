package dev.switchboard.sla.clock;

/** As the ticket view shows it. A BREACHED clock stays open (and escalates) until its stop condition is met. */
public enum ClockState { RUNNING, PAUSED, ACHIEVED, BREACHED }
