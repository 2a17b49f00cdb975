package dev.switchboard.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Lets an {@code /api/**} request in only with a valid gateway identity token, and then replaces every
 * {@code X-Switchboard-*} caller header with the token's signed facts, so the controllers, which read those headers,
 * can only ever see what the gateway vouched for. Actuator and API-docs paths stay open: probes and scrapes come from
 * the platform, not through the gateway.
 */
public final class IdentityVerificationWebFilter implements WebFilter, Ordered {

    public static final String ROLE = "X-Switchboard-Role";
    public static final String PRINCIPAL = "X-Switchboard-Principal";
    public static final String AGENT_ID = "X-Switchboard-Agent-Id";
    public static final String PLATFORM = "X-Switchboard-Platform";
    static final String PROBLEM_TYPE = "https://switchboard.dev/problems/identity-required";
    static final String FORBIDDEN_TYPE = "https://switchboard.dev/problems/forbidden";

    private static final Logger log = LoggerFactory.getLogger(IdentityVerificationWebFilter.class);
    private static final String CALLER_HEADER_PREFIX = "x-switchboard-";

    private final IdentityTokenVerifier verifier;
    private final AccessRules access;
    private final Clock clock;
    private final MeterRegistry meters;

    public IdentityVerificationWebFilter(IdentityTokenVerifier verifier, AccessRules access, Clock clock,
                                         MeterRegistry meters) {
        this.verifier = verifier;
        this.access = access;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        VerifiedCaller caller;
        try {
            caller = verifier.verify(request.getHeaders().getFirst(IdentityTokenVerifier.HEADER),
                    request.getMethod().name(), path, clock.instant());
        } catch (IdentityRejectedException e) {
            return refuse(exchange, path, e);
        }
        if (!access.allows(request.getMethod().name(), path, caller.role())) {
            return answer(exchange, path, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, "Forbidden",
                    "role " + caller.role() + " may not " + request.getMethod().name() + " this resource",
                    "forbidden");
        }
        return chain.filter(exchange.mutate().request(r -> r.headers(headers -> replaceCaller(headers, caller)))
                .build());
    }

    static void replaceCaller(HttpHeaders headers, VerifiedCaller caller) {
        List<String> sent = headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(CALLER_HEADER_PREFIX))
                .toList();
        sent.forEach(headers::remove);
        headers.set(ROLE, caller.role());
        if (caller.principal() != null) {
            headers.set(PRINCIPAL, caller.principal());
        }
        if (caller.agentId() != null) {
            headers.set(AGENT_ID, caller.agentId());
        }
        if (caller.platform() != null) {
            headers.set(PLATFORM, caller.platform());
        }
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String path, IdentityRejectedException e) {
        return answer(exchange, path, HttpStatus.UNAUTHORIZED, PROBLEM_TYPE, "Unauthorized", e.getMessage(),
                e.reason());
    }

    private Mono<Void> answer(ServerWebExchange exchange, String path, HttpStatus status, String type, String title,
                              String detail, String reason) {
        Counter.builder("switchboard.identity.rejections")
                .description("API requests refused: no valid gateway identity token, or a role the service's own "
                        + "access rules do not allow")
                .tag("reason", reason)
                .register(meters)
                .increment();
        log.warn("refused {} {} ({}): {}", exchange.getRequest().getMethod(), path, status.value(), detail);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + jsonEscaped(detail) + "\",\"instance\":\"" + jsonEscaped(path) + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Before everything that reads the caller headers, after nothing that could let a request past. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
