package dev.switchboard.routing.agent;

import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.problem.Problems;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** Agents' configuration and presence. Roles are checked at the gateway; the rule about an agent's own id here. */
@RestController
@RequestMapping("/api/v1/agents")
class AgentController {

    static final String ROLE_HEADER = "X-Switchboard-Role";
    static final String AGENT_ID_HEADER = "X-Switchboard-Agent-Id";

    private final AgentCommands commands;
    private final RoutingEngine engine;

    AgentController(AgentCommands commands, RoutingEngine engine) {
        this.commands = commands;
        this.engine = engine;
    }

    @PutMapping(path = "/{agentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<AgentView> configure(@PathVariable String agentId, @Valid @RequestBody AgentConfiguration configuration) {
        return commands.configure(agentId, configuration);
    }

    @PutMapping(path = "/{agentId}/presence", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<PresenceView> changePresence(@PathVariable String agentId, @Valid @RequestBody PresenceChange change,
                                      @RequestHeader(name = ROLE_HEADER, required = false) String role,
                                      @RequestHeader(name = AGENT_ID_HEADER, required = false) String callerAgentId) {
        if ("AGENT".equals(role) && !agentId.equals(callerAgentId)) {
            return Mono.error(Problems.forbidden("An agent may only set its own presence."));
        }
        return commands.changePresence(agentId, change.status());
    }

    @GetMapping("/{agentId}")
    Mono<AgentView> agent(@PathVariable String agentId) {
        return Mono.justOrEmpty(engine.agent(agentId).map(AgentView::of))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("agent", "Agent " + agentId + " is unknown.")));
    }

    @GetMapping
    List<AgentView> agents(@RequestParam(required = false) String team) {
        return engine.agents(team).stream().map(AgentView::of).toList();
    }
}
