package dev.switchboard.sla.clock;

import java.util.List;

public interface SlaEventPublisher {

    /** Returns once every event is durable; throws if any could not be written. */
    void publish(List<SlaEvent> events);
}
