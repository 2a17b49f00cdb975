package dev.switchboard.analytics.fact.persistence;

import dev.switchboard.analytics.fact.Assignment;
import dev.switchboard.analytics.fact.Cell;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.Escalation;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.SlaOutcome;
import dev.switchboard.analytics.fact.SlaSignal;
import dev.switchboard.analytics.fact.TeamChange;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a {@link TicketFact} to its MongoDB document and back. Besides the fact itself the document carries the
 * fields KPI queries select on ({@link #EFFECTIVE_TEAM}, {@link #SOLVED_NOW}), derived when it is written.
 */
public final class FactDocuments {

    public static final String ID = "_id";
    public static final String VERSION = "version";
    public static final String CREATED_AT = "createdAt";
    public static final String EFFECTIVE_TEAM = "effectiveTeam";
    public static final String ASSIGNEE = "assignee";
    public static final String CHANNEL = "channel";
    public static final String PRIORITY = "priority";
    public static final String SOLVED_NOW = "solvedNow";
    public static final String LAST_ACTIVITY_AT = "lastActivityAt";
    public static final String PENDING_DELTAS = "pendingDeltas";

    private FactDocuments() {
    }

    public static Document toDocument(TicketFact fact) {
        return new Document(ID, fact.ticketId())
                .append(VERSION, fact.version())
                .append(CREATED_AT, date(fact.createdAt()))
                .append("team", fact.team())
                .append("routedTeam", fact.routedTeam())
                .append(EFFECTIVE_TEAM, fact.effectiveTeam())
                .append(CHANNEL, name(fact.channel()))
                .append(PRIORITY, name(fact.priority()))
                .append("priorityChangedAt", date(fact.priorityChangedAt()))
                .append("customerTier", name(fact.customerTier()))
                .append(ASSIGNEE, fact.assignee())
                .append("assignedAt", date(fact.assignedAt()))
                .append("firstAssignedAt", date(fact.firstAssignedAt()))
                .append("queueWaitMs", fact.queueWaitMs())
                .append("firstReplyAt", date(fact.firstReplyAt()))
                .append("firstReplyAgent", fact.firstReplyAgent())
                .append("publicReplies", fact.publicReplies())
                .append("solves", dates(fact.solves()))
                .append("unsolves", dates(fact.unsolves()))
                .append("reopens", dates(fact.reopens()))
                .append(SOLVED_NOW, fact.solvedAt().isPresent())
                .append("ratedAt", date(fact.ratedAt()))
                .append("csat", fact.csat())
                .append("nps", fact.nps())
                .append("sla", fact.slaOutcomes().stream().map(FactDocuments::outcome).toList())
                .append("escalations", fact.escalations().stream().map(FactDocuments::escalation).toList())
                .append("appliedEventIds", fact.appliedEventIds())
                .append(LAST_ACTIVITY_AT, date(fact.lastActivityAt()))
                .append(PENDING_DELTAS, fact.pendingDeltas().stream().map(FactDocuments::pendingDelta).toList())
                .append("teamChanges", fact.teamChanges().stream()
                        .map(change -> new Document("at", date(change.at())).append("to", change.to())).toList())
                .append("slaSignals", fact.slaSignals().stream()
                        .map(signal -> new Document("metric", signal.metric().name())
                                .append("kind", signal.kind().name()).append("at", date(signal.at()))).toList())
                .append("assignments", fact.assignments().stream()
                        .map(a -> new Document("at", date(a.at())).append("agent", a.agent())).toList());
    }

    public static TicketFact fromDocument(Document document) {
        TicketFact.Builder fact = TicketFact.builder(document.getString(ID))
                .version(document.get(VERSION, Number.class).longValue())
                .createdAt(instant(document, CREATED_AT))
                .team(document.getString("team"))
                .routedTeam(document.getString("routedTeam"))
                .channel(enumValue(document, CHANNEL, Channel::valueOf))
                .priority(enumValue(document, PRIORITY, Priority::valueOf))
                .priorityChangedAt(instant(document, "priorityChangedAt"))
                .customerTier(enumValue(document, "customerTier", CustomerTier::valueOf))
                .assignee(document.getString(ASSIGNEE))
                .assignedAt(instant(document, "assignedAt"))
                .firstAssignedAt(instant(document, "firstAssignedAt"))
                .queueWaitMs(longValue(document, "queueWaitMs"))
                .firstReplyAt(instant(document, "firstReplyAt"))
                .firstReplyAgent(document.getString("firstReplyAgent"))
                .publicReplies(document.get("publicReplies", 0))
                .ratedAt(instant(document, "ratedAt"))
                .csat(document.getInteger("csat"))
                .nps(document.getInteger("nps"))
                .slaOutcomes(documents(document, "sla").stream().map(FactDocuments::outcome).toList())
                .lastActivityAt(instant(document, LAST_ACTIVITY_AT));
        instants(document, "solves").forEach(fact::addSolve);
        instants(document, "unsolves").forEach(fact::addUnsolve);
        instants(document, "reopens").forEach(fact::addReopen);
        documents(document, "escalations").forEach(escalation -> fact.addEscalation(escalation(escalation)));
        document.getList("appliedEventIds", String.class, List.of()).forEach(fact::addAppliedEventId);
        documents(document, PENDING_DELTAS).forEach(delta -> fact.addPendingDelta(pendingDelta(delta)));
        documents(document, "teamChanges").forEach(change ->
                fact.addTeamChange(new TeamChange(instant(change, "at"), change.getString("to"))));
        documents(document, "slaSignals").forEach(signal -> fact.addSlaSignal(new SlaSignal(
                SlaMetric.valueOf(signal.getString("metric")), SlaSignal.Kind.valueOf(signal.getString("kind")),
                instant(signal, "at"))));
        documents(document, "assignments").forEach(assignment ->
                fact.addAssignment(new Assignment(instant(assignment, "at"), assignment.getString("agent"))));
        return fact.build();
    }

    /** A pending delta's document, also used by other outboxes (agents' timelines). */
    public static Document pendingDelta(PendingDelta delta) {
        return new Document(VERSION, delta.version())
                .append("agents", List.copyOf(delta.agents()))
                .append("changes", delta.changes().entrySet().stream()
                        .map(change -> contribution(change.getKey()).append("times", change.getValue()))
                        .toList());
    }

    public static PendingDelta pendingDelta(Document document) {
        Map<Contribution, Long> changes = new HashMap<>();
        documents(document, "changes").forEach(change ->
                changes.put(contribution(change), change.get("times", Number.class).longValue()));
        return new PendingDelta(document.get(VERSION, Number.class).longValue(), changes,
                Set.copyOf(document.getList("agents", String.class, List.of())));
    }

    private static Document contribution(Contribution contribution) {
        Cell cell = contribution.cell();
        return new Document("at", date(contribution.at()))
                .append("team", cell.team())
                .append("agent", cell.agent())
                .append("channel", name(cell.channel()))
                .append("priority", name(cell.priority()))
                .append("tier", name(cell.tier()))
                .append("kind", contribution.kind().name())
                .append("name", contribution.name())
                .append("value", contribution.value());
    }

    private static Contribution contribution(Document document) {
        Cell cell = new Cell(document.getString("team"), document.getString("agent"),
                enumValue(document, "channel", Channel::valueOf), enumValue(document, "priority", Priority::valueOf),
                enumValue(document, "tier", CustomerTier::valueOf));
        return new Contribution(instant(document, "at"), cell, Contribution.Kind.valueOf(document.getString("kind")),
                document.getString("name"), document.get("value", Number.class).longValue());
    }

    private static Document outcome(SlaOutcome outcome) {
        return new Document("metric", outcome.metric().name())
                .append("dueAt", date(outcome.dueAt()))
                .append("result", outcome.result().name())
                .append("at", date(outcome.at()));
    }

    private static SlaOutcome outcome(Document document) {
        return new SlaOutcome(SlaMetric.valueOf(document.getString("metric")), instant(document, "dueAt"),
                SlaOutcome.Result.valueOf(document.getString("result")), instant(document, "at"));
    }

    private static Document escalation(Escalation escalation) {
        return new Document("level", escalation.level())
                .append("metric", name(escalation.metric()))
                .append("at", date(escalation.at()));
    }

    private static Escalation escalation(Document document) {
        return new Escalation(document.getInteger("level", 0),
                enumValue(document, "metric", SlaMetric::valueOf), instant(document, "at"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static List<Date> dates(List<Instant> instants) {
        return instants.stream().map(Date::from).toList();
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static List<Instant> instants(Document document, String field) {
        return document.getList(field, Date.class, List.of()).stream().map(Date::toInstant).toList();
    }

    private static List<Document> documents(Document document, String field) {
        return document.getList(field, Document.class, List.of());
    }

    private static Long longValue(Document document, String field) {
        Number number = document.get(field, Number.class);
        return number == null ? null : number.longValue();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumValue(Document document, String field, Function<String, E> valueOf) {
        String name = document.getString(field);
        return name == null ? null : valueOf.apply(name);
    }
}
