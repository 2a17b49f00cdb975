package dev.switchboard.ticket.validation;

import java.time.Duration;
import java.time.Instant;

/**
 * When a caller-given {@code occurredAt} is believable. A platform's clock may run a little ahead of ours, and an
 * import may carry old tickets, but a timestamp years away would start SLA clocks that breached long ago or will not
 * run for years, and would put the ticket in analytics buckets nobody looks at.
 *
 * @param maxAge   how far in the past an event may lie
 * @param maxAhead how far in the future (clock skew between the platform and us)
 */
public record OccurredAtRule(Duration maxAge, Duration maxAhead) {

    public void check(Violations violations, String field, Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return;
        }
        if (occurredAt.isAfter(now.plus(maxAhead))) {
            violations.add(field, "must not lie more than " + maxAhead + " in the future");
        } else if (occurredAt.isBefore(now.minus(maxAge))) {
            violations.add(field, "must not lie more than " + maxAge.toDays() + " days in the past");
        }
    }
}
