package dev.switchboard.analytics.kpi.persistence;

/**
 * A retired delta's document in {@code kpi_retired_deltas}: {@code _id} its token, {@code owner} the id of the
 * document whose outbox held it (a ticket id), {@code buckets} (level → ids of the buckets holding its token),
 * {@code due} when the pruner looks at it next, and {@code seen}, the moment the pruner first saw it cleared.
 */
final class RetiredDeltas {

    static final String COLLECTION = "kpi_retired_deltas";
    static final String OWNER = "owner";
    static final String BUCKETS = "buckets";
    static final String DUE = "due";
    static final String SEEN = "seen";

    private RetiredDeltas() {
    }
}
