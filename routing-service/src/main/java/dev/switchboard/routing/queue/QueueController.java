package dev.switchboard.routing.queue;

import dev.switchboard.routing.assignment.RoutingEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class QueueController {

    private final RoutingEngine engine;

    QueueController(RoutingEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/v1/queues")
    List<QueueView> queues() {
        return engine.queues().stream().map(QueueView::of).toList();
    }
}
