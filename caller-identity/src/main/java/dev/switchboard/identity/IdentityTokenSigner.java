package dev.switchboard.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs an identity token in the format {@link IdentityTokenVerifier} checks: what a caller that stands in for the
 * gateway needs, such as the benchmark calling a service directly to measure the gateway's hop.
 */
public final class IdentityTokenSigner {

    private final MACSigner signer;

    public IdentityTokenSigner(String secret) {
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable identity token secret (HS256 needs at least 32 bytes)", e);
        }
    }

    public String sign(VerifiedCaller caller, String audience, String method, String path, Instant now, Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(IdentityTokenVerifier.ISSUER)
                .audience(audience)
                .subject(caller.principal())
                .claim("role", caller.role())
                .claim("htm", method)
                .claim("htu", path)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString());
        if (caller.agentId() != null) {
            claims.claim("agent_id", caller.agentId());
        }
        if (caller.platform() != null) {
            claims.claim("platform", caller.platform());
        }
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
