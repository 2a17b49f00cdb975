package dev.switchboard.gateway.observability;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.requestid.web.RequestIdWebFilter;
import dev.switchboard.gateway.security.CallerAuthentication;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request on the logger {@code switchboard.gateway.access}: method, raw path (no query: it may carry
 * personal data), status, duration, caller and request id. Route it to its own appender or level as needed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AccessLogWebFilter implements WebFilter {

    private static final Logger accessLog = LoggerFactory.getLogger("switchboard.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!accessLog.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            Caller caller = exchange.getAttribute(CallerAuthentication.CALLER_ATTRIBUTE);
            accessLog.info("{} {} {} {}ms caller={} role={} requestId={}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(),
                    status == null ? "-" : status.value(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    caller == null ? "-" : caller.name(),
                    caller == null ? "-" : caller.role(),
                    exchange.getAttributeOrDefault(RequestIdWebFilter.ATTRIBUTE, "-"));
        });
    }
}
