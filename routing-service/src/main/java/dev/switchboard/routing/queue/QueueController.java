package dev.switchboard.routing.queue;

import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.WaitingTicket;
import dev.switchboard.routing.problem.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class QueueController {

    /** A page, not the whole queue: a backlog of ten thousand is read by the first screenful. */
    static final int MAX_LIMIT = 1000;

    static final String ROLE_HEADER = "X-Switchboard-Role";
    static final String AGENT_ID_HEADER = "X-Switchboard-Agent-Id";

    private final RoutingEngine engine;

    QueueController(RoutingEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/v1/queues")
    List<QueueView> queues() {
        return engine.queues().stream().map(QueueView::of).toList();
    }

    @GetMapping("/api/v1/queues/{team}/tickets")
    List<WaitingTicket> waiting(@PathVariable String team, @RequestParam(defaultValue = "100") int limit,
                                @RequestHeader(name = ROLE_HEADER, required = false) String role,
                                @RequestHeader(name = AGENT_ID_HEADER, required = false) String agentId) {
        if ("AGENT".equals(role) && !ownTeam(agentId, team)) {
            throw Problems.forbidden("An agent sees the queue of its own team only.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return engine.waitingInOrder(team, limit);
    }

    private boolean ownTeam(String agentId, String team) {
        return agentId != null && engine.agent(agentId).map(agent -> team.equals(agent.team())).orElse(false);
    }
}
