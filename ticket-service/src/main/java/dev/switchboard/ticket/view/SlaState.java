package dev.switchboard.ticket.view;

public enum SlaState { RUNNING, PAUSED, ACHIEVED, BREACHED }
