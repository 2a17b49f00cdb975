package dev.switchboard.gateway.stream.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.stream.FeedStatus;
import dev.switchboard.gateway.stream.IncomingEvent;
import dev.switchboard.gateway.stream.LiveEvent;
import dev.switchboard.gateway.stream.RecentEvents;
import dev.switchboard.gateway.stream.TicketHolders;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

class LiveEventHubTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LiveEventHub hub = new LiveEventHub(new RecentEvents("e", 100), new TicketHolders(100), 3,
            FeedStatus.CONNECTING, meters);

    @Test
    void shouldDropTheOldestEventsOfAClientThatDoesNotKeepUpWithoutHoldingUpTheOthers() {
        // given
        Client slow = new Client(0);
        Client fast = new Client(Long.MAX_VALUE);
        hub.events(null).subscribe(slow);
        hub.events(null).subscribe(fast);

        // when
        for (int i = 1; i <= 6; i++) {
            hub.publish(event("t-" + i));
        }
        slow.request(10);

        // then
        assertThat(fast.subjects()).containsExactly("t-1", "t-2", "t-3", "t-4", "t-5", "t-6");
        assertThat(slow.subjects()).containsExactly("t-4", "t-5", "t-6");
        assertThat(meters.counter("switchboard.gateway.stream.dropped").count()).isEqualTo(3);
    }

    @Test
    void shouldReplayWhatAClientMissedAndThenGoOnLive() {
        // given
        hub.publish(event("t-1"));
        hub.publish(event("t-2"));
        hub.publish(event("t-3"));

        // when
        Client resumed = new Client(Long.MAX_VALUE);
        hub.events("e.1").subscribe(resumed);
        hub.publish(event("t-4"));

        // then
        assertThat(resumed.subjects()).containsExactly("t-2", "t-3", "t-4");
    }

    @Test
    void shouldCountOpenStreams() {
        Client client = new Client(Long.MAX_VALUE);
        hub.events(null).subscribe(client);
        assertThat(meters.get("switchboard.gateway.stream.clients").gauge().value()).isEqualTo(1);

        client.dispose();
        assertThat(meters.get("switchboard.gateway.stream.clients").gauge().value()).isZero();
    }

    @Test
    void shouldEndEveryStreamWhenTheGatewayStops() {
        // given
        Client client = new Client(Long.MAX_VALUE);
        hub.events(null).subscribe(client);
        AtomicBoolean closing = new AtomicBoolean();
        hub.closing().subscribe(ignored -> closing.set(true));
        hub.start();

        // when
        hub.stop();

        // then
        assertThat(client.completed).isTrue();
        assertThat(closing).isTrue();
        assertThat(hub.isRunning()).isFalse();
    }

    @Test
    void shouldTellNewClientsTheLatestFeedStatus() {
        hub.status(FeedStatus.UNAVAILABLE);
        hub.status(FeedStatus.LIVE);

        assertThat(hub.statuses().blockFirst()).isEqualTo(FeedStatus.LIVE);
    }

    private static IncomingEvent event(String subject) {
        return new IncomingEvent("tickets.events", "ticket.created", subject, Optional.empty(), "{}");
    }

    private static final class Client extends BaseSubscriber<LiveEvent> {

        private final long initialDemand;
        private final List<LiveEvent> received = new CopyOnWriteArrayList<>();
        private volatile boolean completed;

        Client(long initialDemand) {
            this.initialDemand = initialDemand;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            if (initialDemand > 0) {
                subscription.request(initialDemand);
            }
        }

        @Override
        protected void hookOnNext(LiveEvent value) {
            received.add(value);
        }

        @Override
        protected void hookOnComplete() {
            completed = true;
        }

        List<String> subjects() {
            return received.stream().map(LiveEvent::subject).toList();
        }
    }
}
