package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.Topic;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.OutgoingEvent;
import dev.switchboard.routing.leadership.FencedException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the engine's events to {@code routing.events}, keyed by ticket id, each decision's events in one Kafka
 * transaction. The producer's {@code transactional.id} is the same in every instance, so the {@code initTransactions()}
 * of a new leader ({@link #open()}) fences the producer of the one before: a zombie's next send or commit fails with
 * {@link ProducerFencedException}, which this class reports as {@link FencedException}. Readers of
 * {@code routing.events} use {@code isolation.level=read_committed} and never see an aborted decision.
 *
 * <p>Only the coordinator calls it, under its lock: a transactional producer runs one transaction at a time.
 */
class RoutingEventPublisher {

    private final CloudEventPublisher records;
    private final Supplier<Producer<String, byte[]>> producers;
    private Producer<String, byte[]> producer;

    RoutingEventPublisher(CloudEventPublisher records, Supplier<Producer<String, byte[]>> producers) {
        this.records = records;
        this.producers = producers;
    }

    /** Starts a term: a fresh producer whose initTransactions() fences the last leader's and ends its open transaction. */
    synchronized void open() {
        close();
        Producer<String, byte[]> opened = producers.get();
        try {
            opened.initTransactions();
        } catch (RuntimeException e) {
            opened.close(Duration.ZERO);
            throw e;
        }
        producer = opened;
    }

    synchronized void close() {
        if (producer != null) {
            Producer<String, byte[]> closing = producer;
            producer = null;
            closing.close(Duration.ZERO);
        }
    }

    synchronized void publishAll(List<RaisedEvent> events) {
        if (producer == null) {
            throw new FencedException("this instance does not lead: it has no transactional producer");
        }
        try {
            producer.beginTransaction();
            for (RaisedEvent event : events) {
                producer.send(records.record(new OutgoingEvent(Topic.ROUTING_EVENTS, event.subject(),
                        event.id(), event.type(), event.subject(), event.time(), event.data(), event.details())));
            }
            // the commit flushes the sends at once and fails if any of them failed (within max.block.ms); waiting on
            // each send first only added linger.ms (5 ms since Kafka 4.0) to every decision
            producer.commitTransaction();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private RuntimeException failed(Exception e) {
        if (fenced(e)) {
            close();
            return new FencedException("a newer leader fenced this instance's producer", e);
        }
        try {
            producer.abortTransaction();
        } catch (RuntimeException abortFailed) {
            // a producer that cannot even abort is of no more use in this term: step down, a successor starts afresh
            close();
            return new FencedException("the transactional producer is unusable", e);
        }
        return new IllegalStateException("routing events not committed to Kafka", e);
    }

    private static boolean fenced(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }
}
