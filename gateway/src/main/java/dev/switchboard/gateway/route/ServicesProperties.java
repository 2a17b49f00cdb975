package dev.switchboard.gateway.route;

import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.services.*}: base URLs of the services the gateway forwards to. Each is one URL or a
 * comma-separated list ({@code TICKET_SERVICE_URL=http://t1:8081,http://t2:8081}): requests are spread round-robin.
 */
@Validated
@ConfigurationProperties("switchboard.gateway.services")
public record ServicesProperties(@NotEmpty List<URI> ticket, @NotEmpty List<URI> routing, @NotEmpty List<URI> sla,
        @NotEmpty List<URI> analytics) {

    public static final String TICKET = "ticket-service";
    public static final String ROUTING = "routing-service";
    public static final String SLA = "sla-service";
    public static final String ANALYTICS = "analytics-service";

    /** The instances of each service, by the service's name (the load balancer's service id). */
    public Map<String, List<URI>> instances() {
        Map<String, List<URI>> instances = new LinkedHashMap<>();
        instances.put(TICKET, ticket);
        instances.put(ROUTING, routing);
        instances.put(SLA, sla);
        instances.put(ANALYTICS, analytics);
        return instances;
    }
}
