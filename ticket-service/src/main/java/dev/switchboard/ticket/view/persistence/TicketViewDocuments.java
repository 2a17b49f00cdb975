package dev.switchboard.ticket.view.persistence;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.view.SlaClock;
import dev.switchboard.ticket.view.SlaState;
import dev.switchboard.ticket.view.TicketView;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/** Maps the view to its BSON document and back; times are BSON dates so that range queries and sorting work. */
public final class TicketViewDocuments {

    private TicketViewDocuments() {
    }

    public static Document toDocument(TicketView v) {
        Document d = new Document("_id", v.id());
        d.put("externalId", v.externalId());
        d.put("platform", v.platform());
        d.put("channel", name(v.channel()));
        d.put("subject", v.subject());
        d.put("description", v.description());
        d.put("priority", name(v.priority()));
        d.put("status", name(v.status()));
        d.put("customer", v.customer() == null ? null : new Document("id", v.customer().id())
                .append("name", v.customer().name())
                .append("tier", name(v.customer().tier()))
                .append("language", v.customer().language()));
        d.put("team", v.team());
        d.put("skills", v.skills());
        d.put("tags", v.tags());
        d.put("assignee", v.assignee());
        d.put("createdAt", date(v.createdAt()));
        d.put("updatedAt", date(v.updatedAt()));
        d.put("firstRepliedAt", date(v.firstRepliedAt()));
        d.put("solvedAt", date(v.solvedAt()));
        d.put("reopens", v.reopens());
        d.put("escalationLevel", v.escalationLevel());
        d.put("sla", v.sla().stream().map(c -> new Document("metric", c.metric().name())
                .append("dueAt", date(c.dueAt()))
                .append("state", c.state().name())).toList());
        d.put("version", v.version());
        d.put("appliedEventIds", v.appliedEventIds());
        return d;
    }

    /** The view's fields without {@code _id}, for a {@code $set} that leaves the document's other fields alone. */
    public static Document viewFields(TicketView view) {
        Document fields = toDocument(view);
        fields.remove("_id");
        return fields;
    }

    public static TicketView fromDocument(Document d) {
        Document customer = d.get("customer", Document.class);
        List<Document> sla = d.getList("sla", Document.class, List.of());
        return new TicketView(
                d.getString("_id"),
                d.getString("externalId"),
                d.getString("platform"),
                value(d.getString("channel"), Channel::valueOf),
                d.getString("subject"),
                d.getString("description"),
                value(d.getString("priority"), Priority::valueOf),
                value(d.getString("status"), TicketStatus::valueOf),
                customer == null ? null : new Customer(customer.getString("id"), customer.getString("name"),
                        value(customer.getString("tier"), CustomerTier::valueOf), customer.getString("language")),
                d.getString("team"),
                d.getList("skills", String.class, List.of()),
                d.getList("tags", String.class, List.of()),
                d.getString("assignee"),
                instant(d.getDate("createdAt")),
                instant(d.getDate("updatedAt")),
                instant(d.getDate("firstRepliedAt")),
                instant(d.getDate("solvedAt")),
                d.getInteger("reopens", 0),
                d.getInteger("escalationLevel", 0),
                sla.stream().map(c -> new SlaClock(SlaMetric.valueOf(c.getString("metric")),
                        instant(c.getDate("dueAt")), SlaState.valueOf(c.getString("state")))).toList(),
                ((Number) d.get("version")).longValue(),
                d.getList("appliedEventIds", String.class, List.of()));
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E value(String name, Function<String, E> parse) {
        return name == null ? null : parse.apply(name);
    }
}
