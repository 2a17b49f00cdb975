package dev.switchboard.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdentityTokenVerifierTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final VerifiedCaller PLATFORM = new VerifiedCaller("PLATFORM", "zendesk-key", null, "zendesk");

    private final IdentityTokenVerifier verifier = new IdentityTokenVerifier(SECRET, "ticket-service",
            Duration.ofSeconds(5));
    private final IdentityTokenSigner signer = new IdentityTokenSigner(SECRET);

    @Test
    void shouldReturnTheSignedCallerForTheRequestItWasIssuedFor() {
        String token = signer.sign(PLATFORM, "ticket-service", "POST", "/api/v1/tickets", NOW, TTL);

        assertThat(verifier.verify(token, "POST", "/api/v1/tickets", NOW.plusSeconds(10))).isEqualTo(PLATFORM);
    }

    @Test
    void shouldCarryTheAgentIdOfAnAgent() {
        var agent = new VerifiedCaller("AGENT", "ada-key", "agent-7", null);
        String token = signer.sign(agent, "ticket-service", "GET", "/api/v1/tickets/t-1", NOW, TTL);

        assertThat(verifier.verify(token, "GET", "/api/v1/tickets/t-1", NOW).agentId()).isEqualTo("agent-7");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "another service,      routing-service, POST, /api/v1/tickets, 0,  audience",
            "another method,       ticket-service,  GET,  /api/v1/tickets, 0,  request_mismatch",
            "another path,         ticket-service,  POST, /api/v1/agents,  0,  request_mismatch",
            "expired beyond skew,  ticket-service,  POST, /api/v1/tickets, 36, expired",
            "issued in the future, ticket-service,  POST, /api/v1/tickets, -6, not_yet_valid"})
    void shouldRefuseATokenIssuedForSomethingElse(String what, String audience, String method, String path,
                                                  long secondsLater, String reason) {
        String token = signer.sign(PLATFORM, audience, method, path, NOW, TTL);

        assertThat(rejection(token, "POST", "/api/v1/tickets", NOW.plusSeconds(secondsLater)).reason())
                .isEqualTo(reason);
    }

    @Test
    void shouldAcceptATokenJustExpiredWithinTheClockSkew() {
        String token = signer.sign(PLATFORM, "ticket-service", "POST", "/api/v1/tickets", NOW, TTL);

        assertThat(verifier.verify(token, "POST", "/api/v1/tickets", NOW.plus(TTL).plusSeconds(4))).isEqualTo(PLATFORM);
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        String token = new IdentityTokenSigner("another-secret-that-is-long-enough-for-hs256")
                .sign(PLATFORM, "ticket-service", "POST", "/api/v1/tickets", NOW, TTL);

        assertThat(rejection(token, "POST", "/api/v1/tickets", NOW).reason()).isEqualTo("signature");
    }

    @Test
    void shouldRefuseAnUnsignedTokenAndAnotherAlgorithm() throws Exception {
        JWTClaimsSet claims = claims("ADMIN", null);
        String unsigned = new PlainJWT(new PlainHeader(), claims).serialize();
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        hs512.sign(new MACSigner((SECRET + SECRET).getBytes(StandardCharsets.UTF_8)));

        assertThat(rejection(unsigned, "GET", "/api/v1/queues", NOW).reason()).isEqualTo("malformed");
        assertThat(rejection(hs512.serialize(), "GET", "/api/v1/queues", NOW).reason()).isEqualTo("signature");
    }

    @Test
    void shouldRefuseMissingOrGarbledTokens() {
        assertThat(rejection(null, "GET", "/api/v1/queues", NOW).reason()).isEqualTo("missing");
        assertThat(rejection("not.a.jwt", "GET", "/api/v1/queues", NOW).reason()).isEqualTo("malformed");
    }

    @Test
    void shouldRefuseAnUnknownRoleAndAnAgentWithoutAgentId() throws Exception {
        assertThat(rejection(signed(claims("ROOT", null)), "GET", "/api/v1/queues", NOW).reason()).isEqualTo("role");
        assertThat(rejection(signed(claims("AGENT", null)), "GET", "/api/v1/queues", NOW).reason()).isEqualTo("role");
    }

    @Test
    void shouldRefuseASecretTooShortForHs256() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new IdentityTokenVerifier("short", "ticket-service", Duration.ZERO))).hasMessageContaining("32");
    }

    private IdentityRejectedException rejection(String token, String method, String path, Instant at) {
        return catchThrowableOfType(IdentityRejectedException.class, () -> verifier.verify(token, method, path, at));
    }

    private static JWTClaimsSet claims(String role, String agentId) {
        return new JWTClaimsSet.Builder().issuer(IdentityTokenVerifier.ISSUER).audience("ticket-service")
                .claim("role", role).claim("agent_id", agentId).claim("htm", "GET").claim("htu", "/api/v1/queues")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plus(TTL))).build();
    }

    private static String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
