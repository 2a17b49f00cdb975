package dev.switchboard.events.agent;

public enum AgentStatus { AVAILABLE, AWAY, OFFLINE }
