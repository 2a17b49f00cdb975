package dev.switchboard.gateway.console.web;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.security.CallerAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/gateway/me}: who the gateway takes the credential for. The console signs in with it (and refuses
 * PLATFORM keys, which are for integrations); any client may use it to check a key or token.
 */
@RestController
@Tag(name = "gateway: caller", description = "The caller as the gateway authenticated it")
class WhoAmIController {

    record Me(String name, Role role, String agentId, String platform) {

        static Me of(Caller caller) {
            return new Me(caller.name(), caller.role(), caller.agentId().orElse(null),
                    caller.platform().orElse(null));
        }
    }

    @GetMapping(path = "/api/v1/gateway/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The authenticated caller: name, role, agent id (AGENT), platform (PLATFORM)")
    Me me(ServerWebExchange exchange) {
        Caller caller = exchange.getAttribute(CallerAuthentication.CALLER_ATTRIBUTE);
        if (caller == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return Me.of(caller);
    }
}
