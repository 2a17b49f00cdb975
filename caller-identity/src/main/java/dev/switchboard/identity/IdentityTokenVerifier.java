package dev.switchboard.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Checks the gateway's identity token (a compact HS256 JWT, see the gateway's {@code IdentityTokenIssuer}) for one
 * request: signature, issuer, audience (this service), expiry with a small clock skew, and that it was issued for this
 * very method and path, so a token captured from one request cannot authorize another.
 */
public final class IdentityTokenVerifier {

    public static final String HEADER = "X-Switchboard-Identity";
    public static final String ISSUER = "switchboard-gateway";
    /** The local profile's published secret: refused anywhere else. */
    public static final String LOCAL_SECRET = "local-development-identity-secret-never-use-elsewhere";

    private static final Set<String> ROLES = Set.of("PLATFORM", "AGENT", "MANAGER", "ADMIN");

    private final MACVerifier verifier;
    private final String audience;
    private final Duration clockSkew;

    public IdentityTokenVerifier(String secret, String audience, Duration clockSkew) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalArgumentException("the identity token secret needs at least 32 bytes for HS256, has "
                    + key.length);
        }
        try {
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable identity token secret", e);
        }
        this.audience = audience;
        this.clockSkew = clockSkew;
    }

    /**
     * @param token  the header's value, or null when the request carried none
     * @param method the request's method, e.g. {@code POST}
     * @param path   the request's path, e.g. {@code /api/v1/tickets}
     * @throws IdentityRejectedException saying why
     */
    public VerifiedCaller verify(String token, String method, String path, Instant now) {
        if (token == null || token.isBlank()) {
            throw new IdentityRejectedException("missing", "no " + HEADER + ": only the gateway may call this service");
        }
        JWTClaimsSet claims = verifiedClaims(token);
        if (!ISSUER.equals(claims.getIssuer())) {
            throw new IdentityRejectedException("issuer", "identity token not issued by the gateway");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw new IdentityRejectedException("audience", "identity token issued for another service");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || now.isAfter(expires.toInstant().plus(clockSkew))) {
            throw new IdentityRejectedException("expired", "identity token expired");
        }
        Date issued = claims.getIssueTime();
        if (issued != null && issued.toInstant().isAfter(now.plus(clockSkew))) {
            throw new IdentityRejectedException("not_yet_valid", "identity token issued in the future");
        }
        if (!method.equalsIgnoreCase(text(claims, "htm")) || !path.equals(text(claims, "htu"))) {
            throw new IdentityRejectedException("request_mismatch", "identity token issued for another request");
        }
        String role = text(claims, "role");
        if (role == null || !ROLES.contains(role)) {
            throw new IdentityRejectedException("role", "identity token without a known role");
        }
        String agentId = text(claims, "agent_id");
        if ("AGENT".equals(role) && agentId == null) {
            throw new IdentityRejectedException("role", "identity token of an AGENT without agent_id");
        }
        return new VerifiedCaller(role, claims.getSubject(), agentId, text(claims, "platform"));
    }

    private JWTClaimsSet verifiedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // only HS256 is issued: a token naming another algorithm (or none) is refused before any key is used
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw new IdentityRejectedException("signature", "identity token signature does not verify");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new IdentityRejectedException("malformed", "identity token is not a signed JWT");
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
