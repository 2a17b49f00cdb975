package dev.switchboard.gateway.support;

import dev.switchboard.gateway.caller.Role;

/** The development keys of CONTRACT.md, as configured by application-local.yml. */
public final class DevKeys {

    private DevKeys() {
    }

    public static String keyOf(Role role) {
        return switch (role) {
            case PLATFORM -> "dev-platform-key";
            case AGENT -> "dev-agent-key";
            case MANAGER -> "dev-manager-key";
            case ADMIN -> "dev-admin-key";
        };
    }

    public static String nameOf(Role role) {
        return "dev-" + role.name().toLowerCase();
    }
}
