package dev.switchboard.gateway.problem;

/** A request body passed the size limit; answered 413 by the {@link GatewayErrorHandler}. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(long limitBytes) {
        super("The request body exceeds " + limitBytes + " bytes.");
    }
}
