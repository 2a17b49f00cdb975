package dev.switchboard.sla.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The lowest {@code order} whose match fits wins; equal orders fall back to the name so the choice is stable. */
public final class PolicySelector {

    private PolicySelector() {
    }

    public static Optional<SlaPolicy> select(Collection<SlaPolicy> policies, TicketProfile ticket) {
        return policies.stream()
                .filter(policy -> policy.match().matches(ticket))
                .min(Comparator.comparingInt(SlaPolicy::order).thenComparing(SlaPolicy::name));
    }
}
