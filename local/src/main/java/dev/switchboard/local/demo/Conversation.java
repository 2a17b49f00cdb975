package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.switchboard.events.ticket.Channel;

/**
 * How an assigned ticket plays out: the agent replies, sometimes the customer writes back and the agent answers
 * again, the agent solves the ticket; some customers write again after the solve, which reopens the ticket, and the
 * agent answers and solves it again; some customers rate the final solve. Agents' handle times depend on the channel
 * (a phone call or a chat is handled while the customer waits, an email is not); times are short enough to watch the
 * demo live.
 */
public final class Conversation {

    static final Duration MEAN_FIRST_REPLY = Duration.ofSeconds(40);
    static final Duration MEAN_CUSTOMER_ANSWER = Duration.ofSeconds(45);
    static final Duration MEAN_SOLVE = Duration.ofSeconds(60);
    static final Duration MEAN_REOPEN = Duration.ofSeconds(90);
    static final Duration MEAN_RATING = Duration.ofSeconds(30);
    /** Nobody answers faster than this: the agent must at least read the ticket. */
    static final Duration MINIMUM_GAP = Duration.ofSeconds(5);
    static final double WRITE_BACK_SHARE = 0.3;
    static final double REOPEN_SHARE = 0.08;
    static final double RATING_SHARE = 0.6;
    static final double NPS_SHARE = 0.7;
    /** Agents' handle time on a channel relative to the web form's. */
    static final Map<Channel, Double> CHANNEL_PACE = Map.of(
            Channel.PHONE, 0.35, Channel.CHAT, 0.5, Channel.SOCIAL, 0.8, Channel.WEB, 1.0, Channel.EMAIL, 1.3);

    // happy customers are the majority, as in most support desks' CSAT reports
    private static final WeightedChoice<Integer> CSAT = new WeightedChoice<>(Map.of(5, 40, 4, 30, 3, 15, 2, 8, 1, 7));

    private Conversation() {
    }

    /** The steps of one ticket on a channel, at the typical agent's pace. */
    public static List<Step> script(RandomGenerator random, Channel channel) {
        double channelPace = CHANNEL_PACE.get(channel);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step.AgentReply(gap(random, MEAN_FIRST_REPLY, channelPace),
                "Thanks for reaching out, I'm looking into it."));
        if (random.nextDouble() < WRITE_BACK_SHARE) {
            steps.add(new Step.CustomerMessage(gap(random, MEAN_CUSTOMER_ANSWER, 1), "Thanks, one more question though."));
            steps.add(new Step.AgentReply(gap(random, MEAN_FIRST_REPLY, channelPace),
                    "Sure, here is the answer to that too."));
        }
        steps.add(new Step.Solve(gap(random, MEAN_SOLVE, channelPace)));
        if (random.nextDouble() < REOPEN_SHARE) {
            steps.add(new Step.Reopen(gap(random, MEAN_REOPEN, 1), "Sorry, it happened again."));
            steps.add(new Step.AgentReply(gap(random, MEAN_FIRST_REPLY, channelPace),
                    "Let me look at it again; it should be fixed for good now."));
            steps.add(new Step.Solve(gap(random, MEAN_SOLVE, channelPace)));
        }
        if (random.nextDouble() < RATING_SHARE) {
            int csat = CSAT.pick(random);
            Integer nps = random.nextDouble() < NPS_SHARE ? npsFor(csat, random) : null;
            steps.add(new Step.Rate(gap(random, MEAN_RATING, 1), csat, nps, csat >= 4 ? "Quick and friendly" : "Slow"));
        }
        return List.copyOf(steps);
    }

    /** How long an agent of the given pace takes for a step: only agents' handle times scale. */
    static Duration paced(Step step, double agentPace) {
        if (!step.agentWork()) {
            return step.after();
        }
        Duration scaled = Duration.ofNanos(Math.round(step.after().toNanos() * agentPace));
        return scaled.compareTo(MINIMUM_GAP) < 0 ? MINIMUM_GAP : scaled;
    }

    /** Promoters mostly rated 5, detractors mostly 1–3: NPS follows CSAT with some noise, within 0–10. */
    static int npsFor(int csat, RandomGenerator random) {
        int nps = csat * 2 + random.nextInt(-1, 2);
        return Math.clamp(nps, 0, 10);
    }

    /** At least {@link #MINIMUM_GAP}, exponential above it, with the mean scaled by {@code pace}. */
    private static Duration gap(RandomGenerator random, Duration mean, double pace) {
        double extraMeanNanos = Math.max(0, mean.toNanos() * pace - MINIMUM_GAP.toNanos());
        return MINIMUM_GAP.plusNanos(Math.round(random.nextExponential() * extraMeanNanos));
    }
}
