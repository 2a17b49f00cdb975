package dev.switchboard.gateway.ratelimit.web;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.problem.Problems;
import dev.switchboard.gateway.ratelimit.RateDecision;
import dev.switchboard.gateway.ratelimit.RateLimiter;
import dev.switchboard.gateway.security.CallerAuthentication;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * After authentication (it needs to know whose bucket to take from) and before the body is read or a service is
 * called, so a refused request costs the gateway almost nothing and the service nothing.
 */
final class RateLimitWebFilter implements WebFilter, Ordered {

    /** Spring Security's filter chain runs at -100: this comes right after it. */
    static final int ORDER = 0;

    private final RateLimiter limiter;
    private final ProblemResponder responder;
    private final Map<Role, Counter> refused = new EnumMap<>(Role.class);

    RateLimitWebFilter(RateLimiter limiter, ProblemResponder responder, MeterRegistry meters) {
        this.limiter = limiter;
        this.responder = responder;
        for (Role role : Role.values()) {
            refused.put(role, Counter.builder("switchboard.gateway.rate.limited")
                    .description("Requests refused with 429 because the credential's token bucket was empty")
                    .tag("role", role.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).caller())
                .flatMap(caller -> {
                    RateDecision decision = limiter.tryAcquire(caller);
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set(RateLimitHeaders.LIMIT, Long.toString(decision.limit()));
                    headers.set(RateLimitHeaders.REMAINING, Long.toString(decision.remaining()));
                    if (decision.allowed()) {
                        return chain.filter(exchange).thenReturn(true);
                    }
                    refused.get(caller.role()).increment();
                    return responder.respond(exchange, Problems.TOO_MANY_REQUESTS.detail(
                                    "Rate limit of this credential reached; retry after "
                                            + decision.retryAfterSeconds() + " s."),
                            h -> h.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())))
                            .thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
