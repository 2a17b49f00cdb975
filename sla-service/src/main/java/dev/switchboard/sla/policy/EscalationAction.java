package dev.switchboard.sla.policy;

public enum EscalationAction { RAISE_PRIORITY, NOTIFY, ROUTE_TO_TIER }
