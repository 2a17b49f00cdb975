package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.validation.OccurredAtRule;
import dev.switchboard.ticket.validation.Violations;

import java.time.Clock;
import java.time.Instant;

/** The contract's rules per event type. */
public final class TicketEventValidator {

    static final int MAX_BODY = 64 * 1024;
    static final int MAX_COMMENT = 4 * 1024;
    static final int MAX_TEAM = 100;

    private final Clock clock;
    private final OccurredAtRule occurredAtRule;

    public TicketEventValidator(Clock clock, OccurredAtRule occurredAtRule) {
        this.clock = clock;
        this.occurredAtRule = occurredAtRule;
    }

    /**
     * @param agentOverride the caller's own agent id when an AGENT calls: it replaces any {@code agentId} in the body
     * @throws InvalidRequestException listing every violation
     */
    public TicketCommand validate(TicketEventDraft draft, String agentOverride) {
        Violations v = new Violations();
        if (draft == null) {
            v.add("body", "must not be empty");
            v.throwIfAny();
        }
        v.required("type", draft.type());
        TicketEventType type = v.enumValue("type", draft.type(), TicketEventType.class);
        Instant occurredAt = v.instant("occurredAt", draft.occurredAt());
        occurredAtRule.check(v, "occurredAt", occurredAt, clock.instant());
        if (type == null) {
            v.throwIfAny();
        }
        TicketCommand command = switch (type) {
            case CUSTOMER_MESSAGE -> {
                body(draft, v);
                yield new TicketCommand.CustomerMessage(draft.body(), occurredAt);
            }
            case AGENT_REPLY -> {
                String agentId = agentOverride != null ? agentOverride : draft.agentId();
                v.required("agentId", agentId);
                body(draft, v);
                yield new TicketCommand.AgentReply(agentId, draft.body(),
                        draft.publicReply() == null || draft.publicReply(), occurredAt);
            }
            case STATUS_CHANGED -> {
                v.required("status", draft.status());
                yield new TicketCommand.ChangeStatus(v.enumValue("status", draft.status(), TicketStatus.class),
                        occurredAt);
            }
            case PRIORITY_CHANGED -> {
                v.required("priority", draft.priority());
                yield new TicketCommand.ChangePriority(v.enumValue("priority", draft.priority(), Priority.class),
                        occurredAt);
            }
            case TEAM_CHANGED -> {
                v.required("team", draft.team());
                v.maxLength("team", draft.team(), MAX_TEAM);
                yield new TicketCommand.ChangeTeam(draft.team(), occurredAt);
            }
            case SATISFACTION_RATED -> {
                v.required("csat", draft.csat());
                v.range("csat", draft.csat(), 1, 5);
                v.range("nps", draft.nps(), 0, 10);
                v.maxLength("comment", draft.comment(), MAX_COMMENT);
                yield new TicketCommand.RateSatisfaction(draft.csat() == null ? 0 : draft.csat(), draft.nps(),
                        draft.comment(), occurredAt);
            }
        };
        v.throwIfAny();
        return command;
    }

    private static void body(TicketEventDraft draft, Violations v) {
        v.required("body", draft.body());
        v.maxLength("body", draft.body(), MAX_BODY);
    }
}
