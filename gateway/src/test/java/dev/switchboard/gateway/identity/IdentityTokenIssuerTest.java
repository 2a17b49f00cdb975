package dev.switchboard.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.gateway.caller.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdentityTokenIssuerTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final IdentityTokenIssuer issuer = new IdentityTokenIssuer(SECRET, Duration.ofSeconds(30),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldSignTheCallerForOneServiceAndOneRequest() throws Exception {
        // when
        SignedJWT token = SignedJWT.parse(issuer.issue(Caller.agent("alice-key", "alice"), "ticket-service", "GET",
                "/api/v1/tickets/t-1", "req-1"));

        // then
        assertThat(token.verify(new MACVerifier(SECRET))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("switchboard-gateway");
        assertThat(claims.getAudience()).containsExactly("ticket-service");
        assertThat(claims.getSubject()).isEqualTo("alice-key");
        assertThat(claims.getClaim("role")).isEqualTo("AGENT");
        assertThat(claims.getClaim("agent_id")).isEqualTo("alice");
        assertThat(claims.getClaim("platform")).isNull();
        assertThat(claims.getClaim("htm")).isEqualTo("GET");
        assertThat(claims.getClaim("htu")).isEqualTo("/api/v1/tickets/t-1");
        assertThat(claims.getClaim("rid")).isEqualTo("req-1");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(30));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void shouldNotVerifyWithAnotherSecret() throws Exception {
        // when
        SignedJWT token = SignedJWT.parse(issuer.issue(Caller.platform("zd", "zendesk"), "sla-service", "GET", "/", ""));

        // then
        assertThat(token.verify(new MACVerifier("another-secret-of-at-least-32-bytes!"))).isFalse();
    }

    @Test
    void shouldRefuseASecretTooShortForHs256() {
        // when / then
        assertThatThrownBy(() -> new IdentityTokenIssuer("short", Duration.ofSeconds(30), Clock.systemUTC()))
                .hasMessageContaining("32 bytes");
    }
}
