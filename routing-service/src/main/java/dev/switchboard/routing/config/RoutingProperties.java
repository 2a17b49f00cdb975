package dev.switchboard.routing.config;

import dev.switchboard.routing.assignment.RoutingPolicy;
import dev.switchboard.routing.assignment.Strategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * @param eventSource the {@code ce_source} of every event this service produces
 * @param sendTimeout how long a producer waits for the broker's acknowledgement before giving up
 * @param storeTimeout how long a MongoDB read or write may take before the consumer gives up and retries
 * @param cycle how often the routing cycle runs: aging, expansion steps, the end of holds and grace periods
 * @param policy how agents are chosen and how waits widen the pool
 * @param leadership how the instances elect the one engine that decides
 * @param offers which teams are offered tickets to accept or decline instead of being assigned them
 */
@Validated
@ConfigurationProperties("switchboard.routing")
public record RoutingProperties(@NotBlank String eventSource, @NotNull Duration sendTimeout,
                                @NotNull Duration storeTimeout,
                                @DefaultValue("PT1S") @NotNull Duration cycle,
                                @DefaultValue @Valid @NotNull Policy policy,
                                @DefaultValue @Valid @NotNull Leadership leadership,
                                @DefaultValue @Valid @NotNull Offers offers) {

    /** The engine's policy: how agents are chosen, and where offers replace direct assignment. */
    public RoutingPolicy toPolicy() {
        return policy.toPolicy().withOffers(offers.teams() == null ? Set.of() : offers.teams(), offers.offerTimeout());
    }

    /**
     * @param teams the teams whose agents accept or decline each ticket (empty: every team is assigned directly)
     * @param offerTimeout how long an offer stays open before it counts as declined ({@code TIMED_OUT})
     */
    public record Offers(Set<String> teams, @DefaultValue("PT30S") @NotNull Duration offerTimeout) {
    }

    /**
     * @param leaseTtl how long a leader's lease lasts unrenewed (renewed every third of it): a dead leader is replaced
     *                 after at most this long
     * @param transactionalId the Kafka {@code transactional.id} every instance's engine producer shares, so that a
     *                        new leader fences the producer of the last one
     * @param instanceId this instance's name in the lease; empty: host name and a random suffix
     * @param followerRefresh how often a follower reloads the state from MongoDB to answer reads
     */
    public record Leadership(@DefaultValue("PT6S") @NotNull Duration leaseTtl,
                             @DefaultValue("switchboard-routing-engine") @NotBlank String transactionalId,
                             @DefaultValue("") String instanceId,
                             @DefaultValue("PT5S") @NotNull Duration followerRefresh) {
    }

    /**
     * @param strategy how to choose among eligible agents: LEAST_OCCUPIED (then longest idle), ROUND_ROBIN,
     *                 MOST_SKILLED
     * @param teamStrategies a strategy per team, overriding {@code strategy}
     * @param agingAfter a waiting ticket rises one priority level per this much age
     * @param preferredAgentWait how long a ticket is held for the agent who solved the customer's last ticket
     * @param expansionAfter waits after which the pool widens: any skill level, then any team, then any tier-2 agent
     * @param awayGrace how long an AWAY agent keeps its tickets before they go back to the queue
     * @param pendingHoldsCapacity whether PENDING and ON_HOLD tickets count against the agent's capacity
     */
    public record Policy(@DefaultValue("LEAST_OCCUPIED") @NotNull Strategy strategy,
                         Map<String, Strategy> teamStrategies,
                         @DefaultValue("PT10M") @NotNull Duration agingAfter,
                         @DefaultValue("PT2M") @NotNull Duration preferredAgentWait,
                         @DefaultValue({"PT1M", "PT5M", "PT15M"}) @NotNull @Size(max = 3) List<Duration> expansionAfter,
                         @DefaultValue("PT5M") @NotNull Duration awayGrace,
                         @DefaultValue("true") boolean pendingHoldsCapacity) {

        public RoutingPolicy toPolicy() {
            return new RoutingPolicy(strategy, teamStrategies == null ? Map.of() : teamStrategies, agingAfter,
                    preferredAgentWait, expansionAfter, awayGrace, pendingHoldsCapacity);
        }
    }
}
