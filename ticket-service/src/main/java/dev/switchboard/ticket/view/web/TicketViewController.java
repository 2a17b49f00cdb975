package dev.switchboard.ticket.view.web;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TicketServiceProperties;
import dev.switchboard.ticket.validation.Violations;
import dev.switchboard.ticket.view.TicketCursor;
import dev.switchboard.ticket.view.TicketNotFoundException;
import dev.switchboard.ticket.view.TicketQuery;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import dev.switchboard.ticket.web.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** Reads of the ticket view. The view is eventually consistent: it trails the events by the projection's lag. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketViewController {

    private final TicketViewRepository repository;
    private final TicketServiceProperties properties;

    TicketViewController(TicketViewRepository repository, TicketServiceProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @GetMapping("/{id}")
    Mono<TicketResource> get(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Caller caller = Caller.from(headers);
        return repository.findById(id)
                .filter(TicketView::known)
                .filter(view -> !caller.isAgent() || caller.agentId() != null && caller.agentId().equals(view.assignee()))
                .map(TicketResource::of)
                .switchIfEmpty(Mono.error(() -> new TicketNotFoundException(id)));
    }

    @GetMapping
    Mono<TicketPage> list(@RequestParam(required = false) String status,
                          @RequestParam(required = false) String assignee,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) String priority,
                          @RequestParam(required = false) String customer,
                          @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor,
                          @RequestHeader HttpHeaders headers) {
        TicketQuery query = query(status, assignee, team, priority, customer, limit, cursor,
                Caller.from(headers));
        int pageSize = query.limit();
        // one more than asked tells whether another page exists without a count query
        return repository.search(query.withLimit(pageSize + 1)).collectList().map(found -> page(found, pageSize));
    }

    private TicketQuery query(String status, String assignee, String team, String priority, String customer,
                              Integer limit, String cursor, Caller caller) {
        Violations v = new Violations();
        TicketStatus statusValue = v.enumValue("status", status, TicketStatus.class);
        Priority priorityValue = v.enumValue("priority", priority, Priority.class);
        v.range("limit", limit, 1, properties.maxPageSize());
        TicketCursor after = null;
        if (cursor != null) {
            try {
                after = TicketCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                v.add("cursor", e.getMessage());
            }
        }
        if (caller.isAgent() && caller.agentId() == null) {
            v.add(Caller.AGENT_ID, "must be set for an AGENT caller");
        }
        v.throwIfAny();
        // an agent sees only its own tickets, whatever assignee it asked for
        String assigneeFilter = caller.isAgent() ? caller.agentId() : assignee;
        return new TicketQuery(statusValue, assigneeFilter, team, priorityValue, customer,
                limit == null ? properties.pageSize() : limit, after);
    }

    private static TicketPage page(List<TicketView> found, int pageSize) {
        List<TicketView> items = found.size() > pageSize ? found.subList(0, pageSize) : found;
        String next = null;
        if (found.size() > pageSize) {
            TicketView last = items.getLast();
            next = new TicketCursor(last.createdAt(), last.id()).encode();
        }
        return new TicketPage(items.stream().map(TicketResource::of).toList(), next);
    }
}
