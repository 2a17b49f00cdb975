package dev.switchboard.gateway.route;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The paths of CONTRACT.md, each to its service, unchanged. Only {@code /api/v1/**} paths are routed, so a service's
 * actuator or any other internal path cannot be reached through the gateway. Each service sits behind a load balancer
 * over its configured instances and a circuit breaker of its own, so one dead service fails fast without slowing the
 * others.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    ReactiveDiscoveryClient configuredServiceInstances(ServicesProperties services) {
        return new ConfiguredServiceInstances(services);
    }

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServicesProperties services,
            TicketBatchRouteProperties ticketBatch) {
        Map<String, List<URI>> instances = services.instances();
        Function<String, Integer> retries = service -> instances.get(service).size() - 1;
        return builder.routes()
                // offers belong to routing-service although they sit below a ticket: must win over the ticket route
                .route("routing-assignment", r -> to(r.order(-1).path("/api/v1/tickets/*/assignment/**"),
                        ServicesProperties.ROUTING, retries))
                // the only route with a response timeout of its own (NettyRoutingFilter reads it from the metadata)
                .route("ticket-batch", r -> to(r.order(-1).method(HttpMethod.POST).and()
                        .path("/api/v1/tickets/batch"), ServicesProperties.TICKET, retries,
                        Map.of(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, ticketBatch.responseTimeout().toMillis())))
                .route("ticket", r -> to(r.path("/api/v1/tickets", "/api/v1/tickets/**"), ServicesProperties.TICKET,
                        retries))
                .route("routing", r -> to(r.path("/api/v1/agents", "/api/v1/agents/**", "/api/v1/queues",
                        "/api/v1/queues/**"),
                        ServicesProperties.ROUTING, retries))
                .route("sla", r -> to(r.path("/api/v1/sla/**", "/api/v1/escalations"), ServicesProperties.SLA,
                        retries))
                .route("analytics", r -> to(r.path("/api/v1/analytics/**"), ServicesProperties.ANALYTICS,
                        retries))
                .build();
    }

    private static Buildable<Route> to(BooleanSpec path, String service, Function<String, Integer> retries) {
        return to(path, service, retries, Map.of());
    }

    private static Buildable<Route> to(BooleanSpec path, String service, Function<String, Integer> retries,
            Map<String, Object> metadata) {
        return path
                .filters(f -> {
                    // the breaker wraps the retries, so it counts what the client saw, not each attempt
                    f.circuitBreaker(breaker -> breaker.setName(service));
                    int otherInstances = retries.apply(service);
                    if (otherInstances > 0) {
                        // a refused connection means nothing was sent: safe to try the next instance, whatever the
                        // method; a timeout or an answer is never retried (a POST might then be applied twice)
                        f.retry(retry -> retry.setRetries(otherInstances)
                                .setMethods(HttpMethod.values())
                                .setSeries()
                                .setStatuses()
                                .setExceptions(ConnectException.class, ConnectTimeoutException.class));
                    }
                    return f;
                })
                .metadata(metadata)
                .metadata(IdentityHeadersFilter.SERVICE_METADATA, service)
                .uri("lb://" + service);
    }
}
