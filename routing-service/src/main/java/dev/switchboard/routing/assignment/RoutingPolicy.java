package dev.switchboard.routing.assignment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the engine decides, as configured. {@code expansionAfter} holds the waits (counted from when the ticket started
 * to wait) after which the bullseye widens to {@link ExpansionStep#ANY_LEVEL}, {@link ExpansionStep#ANY_TEAM} and
 * {@link ExpansionStep#TIER_TWO}, in that order; fewer waits mean fewer steps. {@code agingAfter} lifts a waiting
 * ticket one priority level per period of age. {@code preferredAgentWait} is how long a ticket is held for the agent
 * who solved the customer's last ticket; {@code awayGrace} how long an AWAY agent keeps its tickets;
 * {@code pendingHoldsCapacity} whether PENDING and ON_HOLD tickets count against the agent's capacity.
 * {@code offerTeams} are the teams whose agents are offered tickets (to accept or decline) instead of being assigned
 * them directly; {@code offerTimeout} is how long an offer stays open.
 */
public record RoutingPolicy(
        Strategy strategy,
        Map<String, Strategy> teamStrategies,
        Duration agingAfter,
        Duration preferredAgentWait,
        List<Duration> expansionAfter,
        Duration awayGrace,
        boolean pendingHoldsCapacity,
        Set<String> offerTeams,
        Duration offerTimeout) {

    public static final Duration DEFAULT_OFFER_TIMEOUT = Duration.ofSeconds(30);

    public static final RoutingPolicy DEFAULTS = new RoutingPolicy(Strategy.LEAST_OCCUPIED, Map.of(),
            Duration.ofMinutes(10), Duration.ofMinutes(2),
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)),
            Duration.ofMinutes(5), true);

    /** A policy without offers, as before they existed. */
    public RoutingPolicy(Strategy strategy, Map<String, Strategy> teamStrategies, Duration agingAfter,
                         Duration preferredAgentWait, List<Duration> expansionAfter, Duration awayGrace,
                         boolean pendingHoldsCapacity) {
        this(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace, pendingHoldsCapacity,
                Set.of(), DEFAULT_OFFER_TIMEOUT);
    }

    public RoutingPolicy {
        Objects.requireNonNull(strategy, "strategy");
        teamStrategies = teamStrategies == null ? Map.of() : Map.copyOf(teamStrategies);
        expansionAfter = expansionAfter == null ? List.of() : List.copyOf(expansionAfter);
        if (expansionAfter.size() > ExpansionStep.values().length - 1) {
            throw new IllegalArgumentException("at most " + (ExpansionStep.values().length - 1) + " expansion waits");
        }
        for (int i = 1; i < expansionAfter.size(); i++) {
            if (expansionAfter.get(i).compareTo(expansionAfter.get(i - 1)) < 0) {
                throw new IllegalArgumentException("expansion waits must not decrease: " + expansionAfter);
            }
        }
        if (agingAfter == null || agingAfter.isZero() || agingAfter.isNegative()) {
            throw new IllegalArgumentException("agingAfter must be positive");
        }
        preferredAgentWait = preferredAgentWait == null ? Duration.ZERO : preferredAgentWait;
        awayGrace = awayGrace == null ? Duration.ZERO : awayGrace;
        offerTeams = offerTeams == null ? Set.of() : Set.copyOf(offerTeams);
        offerTimeout = offerTimeout == null ? DEFAULT_OFFER_TIMEOUT : offerTimeout;
        if (offerTimeout.isZero() || offerTimeout.isNegative()) {
            throw new IllegalArgumentException("offerTimeout must be positive");
        }
    }

    /** Whether the agents of {@code team} are offered tickets instead of being assigned them. */
    public boolean offersFor(String team) {
        return team != null && offerTeams.contains(team);
    }

    public Strategy strategy(String team) {
        return team == null ? strategy : teamStrategies.getOrDefault(team, strategy);
    }

    /** The widest step a ticket reached after waiting {@code waited}. */
    ExpansionStep stepAfter(Duration waited) {
        ExpansionStep step = ExpansionStep.EXACT;
        for (int i = 0; i < expansionAfter.size(); i++) {
            if (waited.compareTo(expansionAfter.get(i)) >= 0) {
                step = ExpansionStep.values()[i + 1];
            }
        }
        return step;
    }

    public RoutingPolicy withStrategy(Strategy strategy) {
        return new RoutingPolicy(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace,
                pendingHoldsCapacity, offerTeams, offerTimeout);
    }

    public RoutingPolicy withExpansionAfter(List<Duration> expansionAfter) {
        return new RoutingPolicy(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace,
                pendingHoldsCapacity, offerTeams, offerTimeout);
    }

    public RoutingPolicy withAgingAfter(Duration agingAfter) {
        return new RoutingPolicy(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace,
                pendingHoldsCapacity, offerTeams, offerTimeout);
    }

    public RoutingPolicy withPendingHoldsCapacity(boolean pendingHoldsCapacity) {
        return new RoutingPolicy(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace,
                pendingHoldsCapacity, offerTeams, offerTimeout);
    }

    public RoutingPolicy withOffers(Set<String> offerTeams, Duration offerTimeout) {
        return new RoutingPolicy(strategy, teamStrategies, agingAfter, preferredAgentWait, expansionAfter, awayGrace,
                pendingHoldsCapacity, offerTeams, offerTimeout);
    }
}
