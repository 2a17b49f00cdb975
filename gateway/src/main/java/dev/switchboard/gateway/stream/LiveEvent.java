package dev.switchboard.gateway.stream;

import java.util.Set;

/**
 * An event as the stream hands it out: numbered in the order this gateway instance read it, with the agents who may
 * see it besides managers and admins.
 *
 * @param sequence  position in this instance's stream (the SSE id is {@code <epoch>.<sequence>})
 * @param agents    agent ids for whom it is "their own" (their ticket, their presence); empty: managers only
 */
public record LiveEvent(long sequence, String type, String topic, String subject, String payload, Set<String> agents) {

    public LiveEvent {
        agents = Set.copyOf(agents);
    }
}
