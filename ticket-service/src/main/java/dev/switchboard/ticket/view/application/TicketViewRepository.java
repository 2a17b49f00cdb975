package dev.switchboard.ticket.view.application;

import dev.switchboard.ticket.view.TicketQuery;
import dev.switchboard.ticket.view.TicketView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code tickets} collection. Writes are conditional so that concurrent appliers never lose an event. */
public interface TicketViewRepository {

    Mono<TicketView> findById(String id);

    /** @return false when a document with this id exists already (another applier was first) */
    Mono<Boolean> insert(TicketView view);

    /** @return false when the stored version is no longer {@code expectedVersion} */
    Mono<Boolean> replace(TicketView view, long expectedVersion);

    /** Known tickets only, newest first, at most {@code query.limit()}. */
    Flux<TicketView> search(TicketQuery query);
}
