package dev.switchboard.local.demo;

import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Picks one of several options with given relative weights, e.g. EMAIL 40, CHAT 30, PHONE 15. The options are walked
 * in their natural order: {@code Map.of} iterates in an order that changes from one JVM to the next, which would make
 * the same seed pick differently in every run.
 */
final class WeightedChoice<T extends Comparable<? super T>> {

    private final Map<T, Integer> weights;
    private final int total;

    WeightedChoice(Map<T, Integer> weights) {
        this.weights = new TreeMap<>(weights);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
    }

    T pick(RandomGenerator random) {
        int ticket = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            ticket -= entry.getValue();
            if (ticket < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable: the weights add up to " + total);
    }
}
