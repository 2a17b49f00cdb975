package dev.switchboard.gateway.route;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Paths are forwarded unchanged. Only the public API of each service is routed, so a service's actuator or any other
 * internal path cannot be reached through the gateway.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServicesProperties services) {
        return builder.routes()
                // offers belong to routing-service although they sit below a ticket: must win over the ticket route
                .route("routing-assignment", r -> r.order(-1)
                        .path("/api/v1/tickets/*/assignment/**")
                        .uri(services.routing()))
                .route("ticket", r -> r.path("/api/v1/tickets", "/api/v1/tickets/**")
                        .uri(services.ticket()))
                .route("routing", r -> r.path("/api/v1/agents", "/api/v1/agents/**", "/api/v1/queues")
                        .uri(services.routing()))
                .route("sla", r -> r.path("/api/v1/sla/**", "/api/v1/escalations")
                        .uri(services.sla()))
                .route("analytics", r -> r.path("/api/v1/analytics/**")
                        .uri(services.analytics()))
                .build();
    }
}
