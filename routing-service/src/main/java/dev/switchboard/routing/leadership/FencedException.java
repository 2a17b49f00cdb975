package dev.switchboard.routing.leadership;

/**
 * A write was refused because a newer leader took over: Kafka fenced this instance's transactional producer, or a
 * state document already carries a newer epoch. The instance must step down and leave the record it was handling to
 * the new leader (not dead-letter it).
 */
public class FencedException extends RuntimeException {

    public FencedException(String message, Throwable cause) {
        super(message, cause);
    }

    public FencedException(String message) {
        super(message);
    }
}
