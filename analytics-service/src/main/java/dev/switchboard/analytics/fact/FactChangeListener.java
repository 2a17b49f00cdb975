package dev.switchboard.analytics.fact;

import java.util.List;

/** Told what a stored event newly established, after the fact holding it is durable. */
@FunctionalInterface
public interface FactChangeListener {

    void onChanges(List<FactChange> changes);
}
