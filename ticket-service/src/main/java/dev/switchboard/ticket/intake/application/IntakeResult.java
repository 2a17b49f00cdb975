package dev.switchboard.ticket.intake.application;

import dev.switchboard.ticket.view.TicketView;

/** The ticket a create request stands for; {@code created} is false when it repeated an earlier request. */
public record IntakeResult(TicketView ticket, boolean created) {
}
