package dev.switchboard.gateway.jwt;

/** A token with a valid signature whose claims do not name one Switchboard caller: refused like a bad signature. */
public class InvalidTokenClaimsException extends IllegalArgumentException {

    public InvalidTokenClaimsException(String message) {
        super(message);
    }
}
