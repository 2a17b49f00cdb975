package dev.switchboard.events.sla;

public enum SlaMetric { FIRST_REPLY, NEXT_REPLY, PERIODIC_UPDATE, RESOLUTION }
