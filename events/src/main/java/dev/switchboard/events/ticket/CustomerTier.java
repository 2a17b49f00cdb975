package dev.switchboard.events.ticket;

public enum CustomerTier { STANDARD, VIP }
