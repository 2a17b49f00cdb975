package dev.switchboard.ticket.intake.application;

import reactor.core.publisher.Mono;

import java.util.List;

/** Durable reservations of create requests; the store's unique key decides between concurrent duplicates. */
public interface ReservationStore {

    /** @return the given reservation if it was stored, else the one that holds its key already */
    Mono<Reservation> reserve(Reservation reservation);

    /** Moves {@code key} from a ticket that lost a race to the ticket that won it. */
    Mono<Void> repoint(String key, String fromTicketId, Reservation winner);

    Mono<Void> markPublished(List<String> keys);
}
