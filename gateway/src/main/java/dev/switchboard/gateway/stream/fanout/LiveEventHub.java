package dev.switchboard.gateway.stream.fanout;

import dev.switchboard.gateway.stream.FeedStatus;
import dev.switchboard.gateway.stream.IncomingEvent;
import dev.switchboard.gateway.stream.LiveEvent;
import dev.switchboard.gateway.stream.RecentEvents;
import dev.switchboard.gateway.stream.TicketHolders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans the events of the one Kafka reader out to every open stream. A slow client never holds up the reader or the
 * other clients: each has a bounded buffer that drops its oldest events when full (the console reloads its views on
 * the next event anyway). Stops before the web server's graceful shutdown, ending every stream, which would otherwise
 * keep that shutdown waiting for its whole timeout.
 */
public final class LiveEventHub implements SmartLifecycle {

    private final Object lock = new Object();
    private final RecentEvents recent;
    private final TicketHolders holders;
    private final int clientBuffer;
    private final Sinks.Many<LiveEvent> live = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<FeedStatus> status = Sinks.many().replay().latest();
    private final Sinks.One<Boolean> closing = Sinks.one();
    private final AtomicInteger clients = new AtomicInteger();
    private final Counter dropped;
    private final MeterRegistry meters;
    private volatile boolean running;

    public LiveEventHub(RecentEvents recent, TicketHolders holders, int clientBuffer, FeedStatus initial,
                        MeterRegistry meters) {
        this.recent = recent;
        this.holders = holders;
        this.clientBuffer = clientBuffer;
        this.meters = meters;
        this.dropped = Counter.builder("switchboard.gateway.stream.dropped")
                .description("events a slow stream client lost to its full buffer").register(meters);
        meters.gauge("switchboard.gateway.stream.clients", clients);
        status.tryEmitNext(initial);
    }

    /** Called by the one reader thread; serialised with {@link #events(String)} so a resume misses nothing. */
    public void publish(IncomingEvent event) {
        synchronized (lock) {
            LiveEvent liveEvent = recent.append(event, holders.audienceOf(event));
            live.tryEmitNext(liveEvent);
        }
        meters.counter("switchboard.gateway.stream.events", "topic", event.topic()).increment();
    }

    public void status(FeedStatus feedStatus) {
        status.tryEmitNext(feedStatus);
    }

    /**
     * Every event from now on, preceded by the retained ones after {@code lastEventId} (null: none). The replay and the
     * live subscription happen under the lock {@link #publish} takes, so no event falls between them.
     */
    public Flux<LiveEvent> events(String lastEventId) {
        Flux<LiveEvent> events = Flux.create(out -> {
            Disposable subscription;
            synchronized (lock) {
                recent.after(lastEventId).forEach(out::next);
                subscription = live.asFlux().subscribe(out::next, out::error, out::complete);
            }
            out.onDispose(subscription);
        }, FluxSink.OverflowStrategy.BUFFER);
        return events
                .onBackpressureBuffer(clientBuffer, ignored -> dropped.increment(), BufferOverflowStrategy.DROP_OLDEST)
                .doOnSubscribe(ignored -> clients.incrementAndGet())
                .doFinally(ignored -> clients.decrementAndGet());
    }

    public Flux<FeedStatus> statuses() {
        return status.asFlux();
    }

    /** Emits when the gateway shuts down: streams end with it. */
    public Mono<Boolean> closing() {
        return closing.asMono();
    }

    public String idOf(LiveEvent event) {
        return recent.idOf(event);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitValue(true);
        live.tryEmitComplete();
        status.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
