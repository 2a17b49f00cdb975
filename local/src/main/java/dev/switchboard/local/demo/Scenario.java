package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import dev.switchboard.events.ticket.Channel;

/**
 * All random decisions of one demo run, from one seed. Each team's arrivals, each ticket and each agent draw from
 * their own generator derived from (seed, purpose, index), so billing's ticket 17's subject and conversation are the
 * same in every run with that seed, however the HTTP calls and threads interleave.
 */
public final class Scenario {

    private final long seed;

    public Scenario(long seed) {
        this.seed = seed;
    }

    public List<DemoAgent> roster() {
        return Roster.generate(random("roster", 0));
    }

    /**
     * One arrival process per team with a share above 0, each at its share of the total rate.
     *
     * @param startOfDay the run's start as the time since midnight, where the settings' day shape begins
     */
    public Map<String, Arrivals> arrivals(DemoSettings settings, Duration startOfDay) {
        Map<String, Arrivals> arrivals = new LinkedHashMap<>();
        for (String team : settings.teamShares().keySet()) {
            double rate = settings.ticketsPerMinute(team);
            if (rate > 0) {
                arrivals.put(team, new Arrivals(rate, settings.dayShape(), startOfDay, random("arrivals:" + team, 0)));
            }
        }
        return arrivals;
    }

    /** The n-th ticket of a team in the run; {@code runId} keeps external ids of different runs apart. */
    public NewTicket ticket(String team, long n, String runId) {
        return TicketMix.next("demo-" + runId + "-" + team + "-" + n, TeamDemand.of(team), random("ticket:" + team, n));
    }

    /** How the n-th ticket of a team plays out, at the typical agent's pace. */
    public List<Step> conversation(String team, long n, Channel channel) {
        return Conversation.script(random("conversation:" + team, n), channel);
    }

    public PresencePlan presence(int agentIndex) {
        return new PresencePlan(random("presence", agentIndex));
    }

    private RandomGenerator random(String purpose, long index) {
        // SplittableRandom mixes its seed, so neighbouring seeds still give unrelated sequences
        return new SplittableRandom(seed * 1_000_003L + purpose.hashCode() * 31L + index * 0x9E3779B97F4A7C15L);
    }
}
