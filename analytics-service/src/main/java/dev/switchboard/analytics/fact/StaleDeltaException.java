package dev.switchboard.analytics.fact;

/**
 * A bucket refused a delta because the copy was read before the bucket's fence: the delta may have been cleared and
 * its token pruned since. Harmless: the owner is read again, and a delta still pending there is applied from the fresh
 * read.
 */
public final class StaleDeltaException extends RuntimeException {

    public StaleDeltaException(String token) {
        super("Delta " + token + " was read before a bucket's token fence");
    }
}
