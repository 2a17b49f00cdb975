package dev.switchboard.local.service;

import java.nio.file.Path;
import java.util.Optional;

/** The five services of Switchboard: where their jar is, and which database each owns. */
public enum SwitchboardService {
    TICKET("ticket-service", "ticket", "switchboard_tickets"),
    ROUTING("routing-service", "routing", "switchboard_routing"),
    SLA("sla-service", "sla", "switchboard_sla"),
    ANALYTICS("analytics-service", "analytics", "switchboard_analytics"),
    GATEWAY("gateway", null, null);

    private final String serviceName;
    private final String gatewayKey;
    private final String database;

    SwitchboardService(String serviceName, String gatewayKey, String database) {
        this.serviceName = serviceName;
        this.gatewayKey = gatewayKey;
        this.database = database;
    }

    /** The module and application name, e.g. {@code ticket-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** The key under {@code switchboard.gateway.services.*} the gateway routes to it by; empty for the gateway. */
    public Optional<String> gatewayKey() {
        return Optional.ofNullable(gatewayKey);
    }

    /** The database it owns; empty for the gateway, which stores nothing. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The Boot jar the module's build writes: {@code <repo>/<service>/target/<service>.jar}. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(serviceName).resolve("target").resolve(serviceName + ".jar");
    }

    public static SwitchboardService byName(String name) {
        for (SwitchboardService s : values()) {
            if (s.serviceName.equals(name) || s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("No service " + name);
    }
}
