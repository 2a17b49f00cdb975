package dev.switchboard.events.ticket;

public record Customer(String id, String name, CustomerTier tier, String language) {
}
