package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketEventDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();
    private final TicketEventDecider decider = new TicketEventDecider(Clock.fixed(NOW, ZoneOffset.UTC),
            () -> "e-" + ids.incrementAndGet());

    @Test
    void shouldReopenWhenCustomerWritesOnSolvedTicket() {
        var events = decider.decide(state(TicketStatus.SOLVED, 1), new TicketCommand.CustomerMessage("again", null));

        assertThat(events).extracting(RaisedEvent::data).containsExactly(
                new CustomerMessageReceived("t-1", "again", NOW),
                new TicketReopened("t-1", 2, NOW));
        assertThat(events).extracting(RaisedEvent::id).containsExactly("e-1", "e-2");
    }

    @Test
    void shouldOnlyRecordMessageWhenTicketIsOpen() {
        var events = decider.decide(state(TicketStatus.OPEN, 0), new TicketCommand.CustomerMessage("hi", null));

        assertThat(events).extracting(RaisedEvent::data).containsExactly(new CustomerMessageReceived("t-1", "hi", NOW));
    }

    @Test
    void shouldRaiseStatusChangedWithPreviousStatusWhenTransitionIsAllowed() {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");

        var events = decider.decide(state(TicketStatus.OPEN, 0), new TicketCommand.ChangeStatus(TicketStatus.PENDING, at));

        assertThat(events).extracting(RaisedEvent::data)
                .containsExactly(new TicketStatusChanged("t-1", TicketStatus.OPEN, TicketStatus.PENDING, at));
        assertThat(events.getFirst().time()).isEqualTo(at);
    }

    @Test
    void shouldRefuseForbiddenTransition() {
        assertThatThrownBy(() -> decider.decide(state(TicketStatus.NEW, 0),
                new TicketCommand.ChangeStatus(TicketStatus.SOLVED, null)))
                .isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("NEW").hasMessageContaining("SOLVED");
    }

    @Test
    void shouldRefuseEverythingButRatingOnClosedTicket() {
        TicketState closed = state(TicketStatus.CLOSED, 0);

        assertThatThrownBy(() -> decider.decide(closed, new TicketCommand.CustomerMessage("x", null)))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> decider.decide(closed, new TicketCommand.AgentReply("a", "x", true, null)))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> decider.decide(closed, new TicketCommand.ChangePriority(Priority.LOW, null)))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(decider.decide(closed, new TicketCommand.RateSatisfaction(5, 9, "great", null))).hasSize(1);
    }

    @Test
    void shouldRaiseTeamChangeFromTheCurrentTeam() {
        var events = decider.decide(state(TicketStatus.OPEN, 0), new TicketCommand.ChangeTeam("tech", null));

        assertThat(events).extracting(RaisedEvent::data)
                .containsExactly(new TicketTeamChanged("t-1", "billing", "tech", NOW));
    }

    @Test
    void shouldCarryReplyVisibilityAndPriorityChange() {
        var reply = decider.decide(state(TicketStatus.OPEN, 0), new TicketCommand.AgentReply("a-1", "note", false, null));
        var priority = decider.decide(state(TicketStatus.OPEN, 0), new TicketCommand.ChangePriority(Priority.URGENT, null));

        assertThat(reply.getFirst().data()).isEqualTo(new TicketReplied("t-1", "a-1", "note", false, NOW));
        assertThat(priority.getFirst().data())
                .isEqualTo(new TicketPriorityChanged("t-1", Priority.NORMAL, Priority.URGENT, NOW));
    }

    private static TicketState state(TicketStatus status, int reopens) {
        return new TicketState("t-1", status, Priority.NORMAL, "billing", reopens);
    }
}
