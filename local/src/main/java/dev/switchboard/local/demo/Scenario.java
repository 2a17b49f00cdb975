package dev.switchboard.local.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * All random decisions of one demo run, from one seed. Each ticket and each agent draws from its own generator
 * derived from (seed, purpose, index), so ticket 17's subject and conversation are the same in every run with that
 * seed, however the HTTP calls and threads interleave.
 */
public final class Scenario {

    private final long seed;

    public Scenario(long seed) {
        this.seed = seed;
    }

    public List<DemoAgent> roster() {
        return Roster.generate(random("roster", 0));
    }

    public Arrivals arrivals(double ticketsPerMinute) {
        return new Arrivals(ticketsPerMinute, random("arrivals", 0));
    }

    /** The n-th ticket of the run; {@code runId} keeps external ids of different runs apart. */
    public NewTicket ticket(long n, String runId) {
        return TicketMix.next("demo-" + runId + "-" + n, random("ticket", n));
    }

    public List<Step> conversation(long n) {
        return Conversation.script(random("conversation", n));
    }

    public PresencePlan presence(int agentIndex) {
        return new PresencePlan(random("presence", agentIndex));
    }

    private RandomGenerator random(String purpose, long index) {
        // SplittableRandom mixes its seed, so neighbouring seeds still give unrelated sequences
        return new SplittableRandom(seed * 1_000_003L + purpose.hashCode() * 31L + index * 0x9E3779B97F4A7C15L);
    }
}
