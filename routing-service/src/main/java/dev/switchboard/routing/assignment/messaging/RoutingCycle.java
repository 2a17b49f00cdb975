package dev.switchboard.routing.assignment.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the routing cycle: decisions that time alone makes due (aging, expansion steps, holds and grace periods that
 * end). A failed cycle is logged and simply runs again next time: its events have deterministic ids.
 */
@Component
class RoutingCycle {

    private static final Logger log = LoggerFactory.getLogger(RoutingCycle.class);

    private final RoutingCoordinator coordinator;

    RoutingCycle(RoutingCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Scheduled(fixedDelayString = "${switchboard.routing.cycle:PT1S}")
    void run() {
        try {
            coordinator.tick();
        } catch (RuntimeException e) {
            log.warn("routing cycle failed, it runs again next time: {}", e.toString());
        }
    }
}
