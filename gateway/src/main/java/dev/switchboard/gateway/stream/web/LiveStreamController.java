package dev.switchboard.gateway.stream.web;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.security.CallerAuthentication;
import dev.switchboard.gateway.stream.FeedStatus;
import dev.switchboard.gateway.stream.LiveEvent;
import dev.switchboard.gateway.stream.StreamAudience;
import dev.switchboard.gateway.stream.fanout.LiveEventHub;
import dev.switchboard.gateway.stream.kafka.StreamProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/stream}: Server-Sent Events of ticket, routing, SLA, agent and analytics events, as the caller's
 * role may see them. The credential travels in the request's headers like on every other path (the console reads the
 * stream with {@code fetch}, not {@code EventSource}, which cannot send headers).
 */
@RestController
@Tag(name = "gateway: live stream", description = "Server-Sent Events fed from the Kafka topics (role-filtered)")
class LiveStreamController {

    static final String PATH = "/api/v1/stream";
    /** What an EventSource waits before reconnecting; the console uses its own backoff. */
    private static final Duration RETRY = Duration.ofSeconds(3);

    private final LiveEventHub hub;
    private final StreamAudience audience;
    private final Duration heartbeat;

    LiveStreamController(LiveEventHub hub, StreamAudience audience, StreamProperties properties) {
        this.hub = hub;
        this.audience = audience;
        this.heartbeat = properties.heartbeat();
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live events (MANAGER, ADMIN: all; AGENT: its own tickets and presence); Last-Event-ID resumes"
            + " within this gateway instance's recent events")
    Flux<ServerSentEvent<String>> stream(ServerWebExchange exchange,
                                         @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Caller caller = exchange.getAttribute(CallerAuthentication.CALLER_ATTRIBUTE);
        // the access policy already refuses PLATFORM; this keeps the stream closed should a rule ever be widened
        if (caller == null || !audience.mayConnect(caller)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This role may not watch the live stream.");
        }
        Flux<ServerSentEvent<String>> statuses = hub.statuses().map(LiveStreamController::status);
        Flux<ServerSentEvent<String>> events = hub.events(lastEventId)
                .filter(event -> audience.sees(caller, event))
                .map(this::event);
        Flux<ServerSentEvent<String>> heartbeats = Flux.interval(heartbeat)
                .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build());
        return Flux.merge(statuses, events, heartbeats).takeUntilOther(hub.closing());
    }

    private ServerSentEvent<String> event(LiveEvent event) {
        return ServerSentEvent.<String>builder(event.payload()).id(hub.idOf(event)).event(event.type()).build();
    }

    private static ServerSentEvent<String> status(FeedStatus status) {
        return ServerSentEvent.<String>builder("{\"feed\":\"" + status.name() + "\"}")
                .event("status").retry(RETRY).build();
    }
}
