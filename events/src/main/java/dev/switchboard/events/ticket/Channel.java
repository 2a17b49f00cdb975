package dev.switchboard.events.ticket;

public enum Channel { EMAIL, CHAT, PHONE, WEB, SOCIAL }
