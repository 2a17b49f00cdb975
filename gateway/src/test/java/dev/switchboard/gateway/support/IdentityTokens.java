package dev.switchboard.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.switchboard.gateway.identity.IdentityTokenIssuer;
import java.text.ParseException;

/**
 * What a service does with {@code X-Switchboard-Identity}: check the HS256 signature with the shared secret (here the
 * local profile's), then read the claims. Tests use it to prove the token the gateway forwards is verifiable.
 */
public final class IdentityTokens {

    private IdentityTokens() {
    }

    public static JWTClaimsSet verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(IdentityTokenIssuer.LOCAL_SECRET))) {
                throw new AssertionError("identity token not signed with the local secret: " + token);
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a signed JWT: " + token, e);
        }
    }
}
