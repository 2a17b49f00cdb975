package dev.switchboard.routing.leadership;

/** What happens when this instance starts or ends a term as the one routing engine that decides. */
public interface LeadershipListener {

    /**
     * Called once per term, before anything is decided in it, on the lease's thread: start the term elsewhere and
     * return, since the lease is renewed only between calls. Throwing ends the term again; a term that fails to
     * start later calls {@link LeaderElection#abandon}.
     */
    void elected(long epoch);

    /** Called once when the term ends, whatever the reason; the instance must stop deciding. */
    void revoked(long epoch, String reason);
}
