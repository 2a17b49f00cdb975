package dev.switchboard.ticket.lifecycle;

import dev.switchboard.ticket.view.TicketView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One ticket's document as the write side sees it: the view (whose {@code version} is the optimistic-concurrency
 * token), the events decided but not yet acknowledged by Kafka, and the idempotency keys already answered.
 *
 * @param pendingSince when the pending events were decided; null when none are pending
 */
public record TicketWriteState(TicketView view, List<PendingEvent> pending, Instant pendingSince,
                               List<EventRequest> requests) {

    public TicketWriteState {
        pending = pending == null ? List.of() : List.copyOf(pending);
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    public long version() {
        return view.version();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public Optional<String> answerTo(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return requests.stream().filter(r -> r.key().equals(idempotencyKey)).map(EventRequest::eventId).findFirst();
    }
}
