package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.TicketStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicketLifecycleTest {

    /** Every pair of statuses, so that a transition added by mistake fails here. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "NEW, NEW, false", "NEW, OPEN, false", "NEW, PENDING, false", "NEW, ON_HOLD, false",
            "NEW, SOLVED, false", "NEW, CLOSED, false",
            "OPEN, NEW, false", "OPEN, OPEN, false", "OPEN, PENDING, true", "OPEN, ON_HOLD, true",
            "OPEN, SOLVED, true", "OPEN, CLOSED, false",
            "PENDING, NEW, false", "PENDING, OPEN, true", "PENDING, PENDING, false", "PENDING, ON_HOLD, true",
            "PENDING, SOLVED, true", "PENDING, CLOSED, false",
            "ON_HOLD, NEW, false", "ON_HOLD, OPEN, true", "ON_HOLD, PENDING, true", "ON_HOLD, ON_HOLD, false",
            "ON_HOLD, SOLVED, true", "ON_HOLD, CLOSED, false",
            "SOLVED, NEW, false", "SOLVED, OPEN, false", "SOLVED, PENDING, false", "SOLVED, ON_HOLD, false",
            "SOLVED, SOLVED, false", "SOLVED, CLOSED, true",
            "CLOSED, NEW, false", "CLOSED, OPEN, false", "CLOSED, PENDING, false", "CLOSED, ON_HOLD, false",
            "CLOSED, SOLVED, false", "CLOSED, CLOSED, false"})
    void shouldAllowExactlyTheContractsTransitions(TicketStatus from, TicketStatus to, boolean allowed) {
        assertThat(TicketLifecycle.allows(from, to)).isEqualTo(allowed);
    }
}
