package dev.switchboard.gateway.apikey;

/** A published development key is configured where real callers could reach the gateway. */
public class DevelopmentKeyOutsideLocalException extends IllegalStateException {

    public DevelopmentKeyOutsideLocalException(String message) {
        super(message);
    }
}
