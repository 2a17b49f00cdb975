package dev.switchboard.analytics.kpi.persistence;

import reactor.core.publisher.Flux;

/** Reads figures that are counted from the facts themselves rather than from the time buckets. */
public interface FactQuery {

    /** The backlog now (tickets created and not solved), counted per team and priority. */
    Flux<BacklogCount> backlogNow();
}
