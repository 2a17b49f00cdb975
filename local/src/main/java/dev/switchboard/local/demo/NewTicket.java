package dev.switchboard.local.demo;

import java.util.List;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

/** A ticket the simulated customers open through {@code POST /api/v1/tickets}. */
public record NewTicket(String externalId, Channel channel, String subject, String description, Priority priority,
                        String customerId, String customerName, CustomerTier customerTier, String language,
                        String team, List<String> skills, List<String> tags) {
}
