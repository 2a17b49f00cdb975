package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How an assigned ticket plays out: the agent replies, sometimes the customer writes back and the agent answers
 * again, the agent solves the ticket, and some customers rate it. Times are short enough to watch the demo live.
 */
public final class Conversation {

    static final Duration MEAN_FIRST_REPLY = Duration.ofSeconds(40);
    static final Duration MEAN_CUSTOMER_ANSWER = Duration.ofSeconds(45);
    static final Duration MEAN_SOLVE = Duration.ofSeconds(60);
    static final Duration MEAN_RATING = Duration.ofSeconds(30);
    /** Nobody answers faster than this: the agent must at least read the ticket. */
    static final Duration MINIMUM_GAP = Duration.ofSeconds(5);
    static final double WRITE_BACK_SHARE = 0.3;
    static final double RATING_SHARE = 0.6;
    static final double NPS_SHARE = 0.7;

    // happy customers are the majority, as in most support desks' CSAT reports
    private static final WeightedChoice<Integer> CSAT = new WeightedChoice<>(Map.of(5, 40, 4, 30, 3, 15, 2, 8, 1, 7));

    private Conversation() {
    }

    public static List<Step> script(RandomGenerator random) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step.AgentReply(gap(random, MEAN_FIRST_REPLY), "Thanks for reaching out, I'm looking into it."));
        if (random.nextDouble() < WRITE_BACK_SHARE) {
            steps.add(new Step.CustomerMessage(gap(random, MEAN_CUSTOMER_ANSWER), "Thanks, one more question though."));
            steps.add(new Step.AgentReply(gap(random, MEAN_FIRST_REPLY), "Sure, here is the answer to that too."));
        }
        steps.add(new Step.Solve(gap(random, MEAN_SOLVE)));
        if (random.nextDouble() < RATING_SHARE) {
            int csat = CSAT.pick(random);
            Integer nps = random.nextDouble() < NPS_SHARE ? npsFor(csat, random) : null;
            steps.add(new Step.Rate(gap(random, MEAN_RATING), csat, nps, csat >= 4 ? "Quick and friendly" : "Slow"));
        }
        return List.copyOf(steps);
    }

    /** Promoters mostly rated 5, detractors mostly 1–3: NPS follows CSAT with some noise, within 0–10. */
    static int npsFor(int csat, RandomGenerator random) {
        int nps = csat * 2 + random.nextInt(-1, 2);
        return Math.clamp(nps, 0, 10);
    }

    private static Duration gap(RandomGenerator random, Duration mean) {
        long extraNanos = Math.round(random.nextExponential() * (mean.toNanos() - MINIMUM_GAP.toNanos()));
        return MINIMUM_GAP.plusNanos(extraNanos);
    }
}
