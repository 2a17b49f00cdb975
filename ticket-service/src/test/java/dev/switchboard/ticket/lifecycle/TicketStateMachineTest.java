package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TestTickets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole lifecycle of CONTRACT.md, one row per (status, request): what is raised, where the ticket ends, how many
 * reopens it has. A row answered 409 raises nothing. Driven through {@link TicketEventAdmission}, the class that the
 * REST and Kafka intake both use, and the projection that builds the view.
 */
class TicketStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final AtomicInteger ids = new AtomicInteger();
    private final TicketEventAdmission admission = new TicketEventAdmission(
            new TicketEventDecider(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + ids.incrementAndGet()));

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // from    | request            | raised (409 = refused)                              | ends in | reopens
            "NEW       | STATUS OPEN        | 409                                                 | NEW     | 0",
            "NEW       | STATUS PENDING     | 409                                                 | NEW     | 0",
            "NEW       | STATUS ON_HOLD     | 409                                                 | NEW     | 0",
            "NEW       | STATUS SOLVED      | 409                                                 | NEW     | 0",
            "NEW       | STATUS CLOSED      | 409                                                 | NEW     | 0",
            "NEW       | STATUS NEW         | 409                                                 | NEW     | 0",
            "NEW       | CUSTOMER_MESSAGE   | ticket.message-received                             | NEW     | 0",
            "NEW       | AGENT_REPLY        | ticket.replied                                      | NEW     | 0",
            "NEW       | PRIORITY_CHANGED   | ticket.priority-changed                             | NEW     | 0",
            "NEW       | TEAM_CHANGED       | ticket.team-changed                                 | NEW     | 0",
            "NEW       | SATISFACTION_RATED | ticket.rated                                        | NEW     | 0",
            "OPEN      | STATUS NEW         | 409                                                 | OPEN    | 0",
            "OPEN      | STATUS OPEN        | 409                                                 | OPEN    | 0",
            "OPEN      | STATUS PENDING     | ticket.status-changed                               | PENDING | 0",
            "OPEN      | STATUS ON_HOLD     | ticket.status-changed                               | ON_HOLD | 0",
            "OPEN      | STATUS SOLVED      | ticket.status-changed                               | SOLVED  | 0",
            "OPEN      | STATUS CLOSED      | 409                                                 | OPEN    | 0",
            "OPEN      | CUSTOMER_MESSAGE   | ticket.message-received                             | OPEN    | 0",
            "OPEN      | AGENT_REPLY        | ticket.replied                                      | OPEN    | 0",
            "OPEN      | PRIORITY_CHANGED   | ticket.priority-changed                             | OPEN    | 0",
            "OPEN      | TEAM_CHANGED       | ticket.team-changed                                 | OPEN    | 0",
            "OPEN      | SATISFACTION_RATED | ticket.rated                                        | OPEN    | 0",
            "PENDING   | STATUS NEW         | 409                                                 | PENDING | 0",
            "PENDING   | STATUS OPEN        | ticket.status-changed                               | OPEN    | 0",
            "PENDING   | STATUS PENDING     | 409                                                 | PENDING | 0",
            "PENDING   | STATUS ON_HOLD     | ticket.status-changed                               | ON_HOLD | 0",
            "PENDING   | STATUS SOLVED      | ticket.status-changed                               | SOLVED  | 0",
            "PENDING   | STATUS CLOSED      | 409                                                 | PENDING | 0",
            "PENDING   | CUSTOMER_MESSAGE   | ticket.message-received                             | PENDING | 0",
            "ON_HOLD   | STATUS NEW         | 409                                                 | ON_HOLD | 0",
            "ON_HOLD   | STATUS OPEN        | ticket.status-changed                               | OPEN    | 0",
            "ON_HOLD   | STATUS PENDING     | ticket.status-changed                               | PENDING | 0",
            "ON_HOLD   | STATUS ON_HOLD     | 409                                                 | ON_HOLD | 0",
            "ON_HOLD   | STATUS SOLVED      | ticket.status-changed                               | SOLVED  | 0",
            "ON_HOLD   | STATUS CLOSED      | 409                                                 | ON_HOLD | 0",
            "ON_HOLD   | CUSTOMER_MESSAGE   | ticket.message-received                             | ON_HOLD | 0",
            "SOLVED    | STATUS NEW         | 409                                                 | SOLVED  | 0",
            "SOLVED    | STATUS OPEN        | 409                                                 | SOLVED  | 0",
            "SOLVED    | STATUS PENDING     | 409                                                 | SOLVED  | 0",
            "SOLVED    | STATUS ON_HOLD     | 409                                                 | SOLVED  | 0",
            "SOLVED    | STATUS SOLVED      | 409                                                 | SOLVED  | 0",
            "SOLVED    | STATUS CLOSED      | ticket.status-changed                               | CLOSED  | 0",
            "SOLVED    | CUSTOMER_MESSAGE   | ticket.message-received ticket.reopened             | OPEN    | 1",
            "SOLVED    | AGENT_REPLY        | ticket.replied                                      | SOLVED  | 0",
            "SOLVED    | PRIORITY_CHANGED   | ticket.priority-changed                             | SOLVED  | 0",
            "SOLVED    | TEAM_CHANGED       | ticket.team-changed                                 | SOLVED  | 0",
            "SOLVED    | SATISFACTION_RATED | ticket.rated                                        | SOLVED  | 0",
            "CLOSED    | STATUS NEW         | 409                                                 | CLOSED  | 0",
            "CLOSED    | STATUS OPEN        | 409                                                 | CLOSED  | 0",
            "CLOSED    | STATUS PENDING     | 409                                                 | CLOSED  | 0",
            "CLOSED    | STATUS ON_HOLD     | 409                                                 | CLOSED  | 0",
            "CLOSED    | STATUS SOLVED      | 409                                                 | CLOSED  | 0",
            "CLOSED    | STATUS CLOSED      | 409                                                 | CLOSED  | 0",
            "CLOSED    | CUSTOMER_MESSAGE   | 409                                                 | CLOSED  | 0",
            "CLOSED    | AGENT_REPLY        | 409                                                 | CLOSED  | 0",
            "CLOSED    | PRIORITY_CHANGED   | 409                                                 | CLOSED  | 0",
            "CLOSED    | TEAM_CHANGED       | 409                                                 | CLOSED  | 0",
            "CLOSED    | SATISFACTION_RATED | ticket.rated                                        | CLOSED  | 0"})
    void shouldRaiseExactlyWhatTheLifecycleAllows(TicketStatus from, String request, String raised, TicketStatus endsIn,
                                                  int reopens) {
        TicketWriteState state = new TicketWriteState(TestTickets.viewIn(from), List.of(), null, List.of());
        TicketCommand command = command(request);

        if (raised.equals("409")) {
            assertThatThrownBy(() -> admission.admit(state, command, "k"))
                    .isInstanceOf(TransitionNotAllowedException.class);
            return;
        }
        var accepted = (Admission.Accepted) admission.admit(state, command, "k");

        assertThat(accepted.events()).extracting(e -> type(e.data()))
                .containsExactlyElementsOf(Arrays.asList(raised.split(" ")));
        assertThat(accepted.next().status()).isEqualTo(endsIn);
        assertThat(accepted.next().reopens()).isEqualTo(reopens);
        assertThat(accepted.next().version()).isEqualTo(state.version() + accepted.events().size());
        assertThat(accepted.requests()).containsExactly(new EventRequest("k", accepted.events().getFirst().id()));
    }

    private static TicketCommand command(String request) {
        return switch (request.split(" ")[0]) {
            case "STATUS" -> new TicketCommand.ChangeStatus(TicketStatus.valueOf(request.split(" ")[1]), null);
            case "CUSTOMER_MESSAGE" -> new TicketCommand.CustomerMessage("hello", null);
            case "AGENT_REPLY" -> new TicketCommand.AgentReply("a-1", "on it", true, null);
            case "PRIORITY_CHANGED" -> new TicketCommand.ChangePriority(Priority.URGENT, null);
            case "TEAM_CHANGED" -> new TicketCommand.ChangeTeam("tech", null);
            case "SATISFACTION_RATED" -> new TicketCommand.RateSatisfaction(5, 10, null, null);
            default -> throw new IllegalArgumentException(request);
        };
    }

    private static String type(Record data) {
        return dev.switchboard.events.EventCatalog.ALL.stream().filter(t -> t.dataClass() == data.getClass())
                .findFirst().orElseThrow().type().replaceFirst("^switchboard\\.", "").replaceFirst("\\.v1$", "");
    }
}
