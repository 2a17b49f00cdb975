package dev.switchboard.gateway.identity;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract between the issuer here and the verifier every service runs (module caller-identity). */
class IssuedTokenAcceptedByServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final IdentityTokenIssuer issuer = new IdentityTokenIssuer(IdentityTokenIssuer.LOCAL_SECRET,
            Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
    private final IdentityTokenVerifier routing = new IdentityTokenVerifier(IdentityTokenVerifier.LOCAL_SECRET,
            "routing-service", Duration.ofSeconds(5));

    @Test
    void shouldHaveEveryCallerAcceptedAsTheSameCallerByTheServiceItWasIssuedFor() {
        String agent = issuer.issue(Caller.agent("alice-key", "alice"), "routing-service", "PUT",
                "/api/v1/agents/alice/presence", "req-1");
        String platform = issuer.issue(Caller.platform("zd-key", "zendesk"), "routing-service", "PUT",
                "/api/v1/agents/alice/presence", "req-2");
        String admin = issuer.issue(Caller.of("root-key", Role.ADMIN), "routing-service", "GET", "/api/v1/queues",
                "req-3");

        assertThat(routing.verify(agent, "PUT", "/api/v1/agents/alice/presence", NOW))
                .isEqualTo(new VerifiedCaller("AGENT", "alice-key", "alice", null));
        assertThat(routing.verify(platform, "PUT", "/api/v1/agents/alice/presence", NOW))
                .isEqualTo(new VerifiedCaller("PLATFORM", "zd-key", null, "zendesk"));
        assertThat(routing.verify(admin, "GET", "/api/v1/queues", NOW.plusSeconds(30)))
                .isEqualTo(new VerifiedCaller("ADMIN", "root-key", null, null));
    }

    @Test
    void shouldShareThePublishedLocalSecretSoThatOnlyTheLocalProfileAcceptsIt() {
        assertThat(IdentityTokenIssuer.LOCAL_SECRET).isEqualTo(IdentityTokenVerifier.LOCAL_SECRET);
    }
}
