package dev.switchboard.identity;

/** The request's identity token is missing or does not hold; {@link #reason()} is a bounded metric label. */
public final class IdentityRejectedException extends RuntimeException {

    private final String reason;

    public IdentityRejectedException(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
