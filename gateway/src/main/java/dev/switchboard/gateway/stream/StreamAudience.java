package dev.switchboard.gateway.stream;

import dev.switchboard.gateway.caller.Caller;

/**
 * Who sees what on the live stream, as on the REST paths: MANAGER and ADMIN everything, an AGENT the events of its own
 * tickets and its own presence, PLATFORM nothing (integrations post events; they do not watch the floor).
 */
public final class StreamAudience {

    public boolean mayConnect(Caller caller) {
        return switch (caller.role()) {
            case MANAGER, ADMIN, AGENT -> true;
            case PLATFORM -> false;
        };
    }

    public boolean sees(Caller caller, LiveEvent event) {
        return switch (caller.role()) {
            case MANAGER, ADMIN -> true;
            case AGENT -> caller.agentId().filter(event.agents()::contains).isPresent();
            case PLATFORM -> false;
        };
    }
}
