package dev.switchboard.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.gateway.caller.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * An identity provider for tests: a locally generated RSA key whose public half is served as a JWK set (and an OpenID
 * discovery document, for {@code issuer-uri}) on a random port, and tokens signed with it.
 */
public final class TokenIssuerStub implements AutoCloseable {

    public static final String AUDIENCE = "switchboard";

    private final RSAKey key;
    private final DisposableServer server;

    public TokenIssuerStub() {
        this.key = generate("issuer-key");
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes
                        .get("/jwks.json", (request, response) -> response
                                .header("Content-Type", "application/json")
                                .sendString(Mono.just(jwks)))
                        .get("/.well-known/openid-configuration", (request, response) -> response
                                .header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\""
                                        + jwkSetUri() + "\",\"subject_types_supported\":[\"public\"]}"))))
                .bindNow();
    }

    public static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.port();
    }

    public String jwkSetUri() {
        return issuer() + "/jwks.json";
    }

    /** A valid token for {@code role}, named like the development key of that role, and with its agent/platform. */
    public String tokenFor(Role role) {
        return token(claims -> {
            claims.subject(DevKeys.nameOf(role)).claim("roles", List.of(role.name(), "offline_access"));
            if (role == Role.AGENT) {
                claims.claim("agent_id", ContractEndpoints.OWN_AGENT);
            }
            if (role == Role.PLATFORM) {
                claims.claim("platform", "dev-platform");
            }
        });
    }

    /** A token with sensible defaults (issuer, audience, 5 minutes of life) that {@code customizer} may change. */
    public String token(Consumer<JWTClaimsSet.Builder> customizer) {
        return sign(key, customizer);
    }

    public String sign(RSAKey signingKey, Consumer<JWTClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        customizer.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same claims, but {@code alg: none} and no signature: must never be accepted. */
    public String unsigned(Role role) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String body = base64("{\"iss\":\"" + issuer() + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"x\",\"roles\":[\""
                + role.name() + "\"],\"exp\":" + Instant.now().plusSeconds(300).getEpochSecond() + "}");
        return header + "." + body + ".";
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, Object> publicJwk() {
        return key.toPublicJWK().toJSONObject();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
