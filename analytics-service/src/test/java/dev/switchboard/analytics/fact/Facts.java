package dev.switchboard.analytics.fact;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds facts by applying events, the way the consumers do, so KPI tests start from realistic facts. */
public final class Facts {

    private static final AtomicInteger EVENT_IDS = new AtomicInteger();
    private static final TicketFactApplier APPLIER = new TicketFactApplier();

    private Facts() {
    }

    public static TicketFact of(String ticketId, Object... events) {
        TicketFact fact = TicketFact.empty(ticketId);
        for (Object event : events) {
            fact = APPLIER.apply(fact, "e-" + EVENT_IDS.incrementAndGet(), event).fact();
        }
        return fact;
    }

    public static List<TicketFact> list(TicketFact... facts) {
        return List.of(facts);
    }
}
