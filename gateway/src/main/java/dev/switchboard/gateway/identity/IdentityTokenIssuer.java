package dev.switchboard.gateway.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.gateway.caller.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs who is calling, for one service and one request: a compact HS256 JWT the services verify with the shared
 * secret. It is short-lived and names its audience, method and path, so one captured from a service's logs or traffic
 * is of little use elsewhere or later.
 */
public final class IdentityTokenIssuer {

    public static final String HEADER = "X-Switchboard-Identity";
    public static final String ISSUER = "switchboard-gateway";
    /** Only for the local profile; published, so refused anywhere else. */
    public static final String LOCAL_SECRET = "local-development-identity-secret-never-use-elsewhere";

    private final MACSigner signer;
    private final Duration ttl;
    private final Clock clock;

    public IdentityTokenIssuer(String secret, Duration ttl, Clock clock) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalArgumentException("the identity token secret needs at least 32 bytes for HS256, has "
                    + key.length);
        }
        try {
            this.signer = new MACSigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable identity token secret", e);
        }
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * @param audience  the service the token is for, e.g. {@code ticket-service}
     * @param requestId the request's {@code X-Request-Id}
     */
    public String issue(Caller caller, String audience, String method, String path, String requestId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .subject(caller.name())
                .claim("role", caller.role().name())
                .claim("htm", method)
                .claim("htu", path)
                .claim("rid", requestId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString());
        caller.agentId().ifPresent(id -> claims.claim("agent_id", id));
        caller.platform().ifPresent(platform -> claims.claim("platform", platform));
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with a valid HMAC key cannot fail", e);
        }
        return token.serialize();
    }
}
