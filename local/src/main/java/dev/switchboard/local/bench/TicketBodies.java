package dev.switchboard.local.bench;

import java.util.Locale;

/**
 * The create bodies the bench posts: a realistic ticket (about the size of a demo ticket) for one team, with an
 * external id unique within the run, so that intake does its full idempotency work on every request.
 */
final class TicketBodies {

    private final String runId;

    TicketBodies(String runId) {
        this.runId = runId;
    }

    String create(String phase, long n, String team, String priority) {
        return String.format(Locale.ROOT, """
                {"externalId":"bench-%s-%s-%d","channel":"EMAIL","subject":"Refund for a double charge",\
                "description":"Simulated by the Switchboard bench: refund for a double charge on the last invoice.",\
                "priority":"%s","customer":{"id":"c-%d","name":"Customer %d","tier":"STANDARD","language":"en"},\
                "team":"%s","skills":["billing"],"tags":["bench","%s"]}""",
                runId, phase, n, priority, n % 500, n % 500, team, phase);
    }

    String batch(String phase, long firstN, int size, String team) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append(create(phase, firstN + i, team, "NORMAL"));
        }
        return body.append(']').toString();
    }
}
