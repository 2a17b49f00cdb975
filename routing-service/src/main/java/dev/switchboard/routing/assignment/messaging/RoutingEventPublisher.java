package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.Topic;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.OutgoingEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes the engine's events to {@code routing.events}, keyed by ticket id, and waits until all are durable. */
class RoutingEventPublisher {

    private final CloudEventPublisher publisher;
    private final Duration timeout;

    RoutingEventPublisher(CloudEventPublisher publisher, Duration timeout) {
        this.publisher = publisher;
        this.timeout = timeout;
    }

    void publishAll(List<RaisedEvent> events) {
        // sent together and awaited together: the idempotent producer keeps each ticket's events in order
        CompletableFuture<?>[] sends = events.stream()
                .map(event -> publisher.publish(new OutgoingEvent(Topic.ROUTING_EVENTS, event.subject(), event.id(),
                        event.type(), event.subject(), event.time(), event.data(), event.details())))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing routing events", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("routing events not acknowledged by Kafka", e);
        }
    }
}
