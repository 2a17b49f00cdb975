package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TestTickets;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventAdmissionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final PendingEvent EARLIER = new PendingEvent("e-0", "switchboard.ticket.replied.v1", NOW,
            new byte[]{1});

    private final TicketEventAdmission admission = new TicketEventAdmission(
            new TicketEventDecider(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-new"));

    @Test
    void shouldReplayAnsweredKeyWhateverTheTicketsStateNow() {
        var solvedAlready = new TicketWriteState(TestTickets.viewIn(TicketStatus.SOLVED), List.of(), null,
                List.of(new EventRequest("k-1", "e-first")));

        // the retry of a successful "solve" must not become a 409 because the ticket is solved now
        var admitted = admission.admit(solvedAlready, new TicketCommand.ChangeStatus(TicketStatus.SOLVED, null), "k-1");

        assertThat(admitted).isEqualTo(new Admission.Replay("e-first"));
    }

    @Test
    void shouldAskToPublishEarlierPendingEventsBeforeDecidingAnything() {
        var withPending = new TicketWriteState(TestTickets.viewIn(TicketStatus.OPEN), List.of(EARLIER), NOW,
                List.of());

        var admitted = admission.admit(withPending, new TicketCommand.CustomerMessage("hi", null), null);

        assertThat(admitted).isEqualTo(new Admission.PublishPendingFirst(List.of(EARLIER)));
    }

    @Test
    void shouldRecordNoKeyWhenCallerSentNone() {
        var open = new TicketWriteState(TestTickets.viewIn(TicketStatus.OPEN), List.of(), null, List.of());

        var accepted = (Admission.Accepted) admission.admit(open, new TicketCommand.CustomerMessage("hi", null), null);

        assertThat(accepted.requests()).isEmpty();
        assertThat(accepted.next().hasApplied("e-new")).isTrue();
    }
}
