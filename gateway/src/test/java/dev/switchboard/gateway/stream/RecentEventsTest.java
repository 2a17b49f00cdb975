package dev.switchboard.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private final RecentEvents recent = new RecentEvents("epoch1", 3);

    @Test
    void shouldReplayWhatAClientMissedAfterTheLastIdItSaw() {
        // given
        LiveEvent first = recent.append(event("t-1"), Set.of());
        recent.append(event("t-2"), Set.of());
        recent.append(event("t-3"), Set.of());

        // when
        var missed = recent.after(recent.idOf(first));

        // then
        assertThat(missed).extracting(LiveEvent::subject).containsExactly("t-2", "t-3");
        assertThat(recent.idOf(first)).isEqualTo("epoch1.1");
    }

    @Test
    void shouldReplayOnlyWhatItStillRetains() {
        LiveEvent first = recent.append(event("t-1"), Set.of());
        for (int i = 2; i <= 5; i++) {
            recent.append(event("t-" + i), Set.of());
        }

        assertThat(recent.after(recent.idOf(first))).extracting(LiveEvent::subject)
                .containsExactly("t-3", "t-4", "t-5");
    }

    @Test
    void shouldReplayNothingForAnIdOfAnotherInstanceOrAMalformedOne() {
        recent.append(event("t-1"), Set.of());
        recent.append(event("t-2"), Set.of());

        assertThat(recent.after("other.1")).isEmpty();
        assertThat(recent.after("epoch1.x")).isEmpty();
        assertThat(recent.after("epoch1.99")).isEmpty();
        assertThat(recent.after("garbage")).isEmpty();
        assertThat(recent.after(null)).isEmpty();
        assertThat(recent.after("epoch1.0")).hasSize(2);
    }

    @Test
    void shouldNumberEventsEvenWhenItRetainsNone() {
        RecentEvents none = new RecentEvents("e", 0);

        assertThat(none.append(event("t-1"), Set.of()).sequence()).isEqualTo(1);
        assertThat(none.append(event("t-2"), Set.of()).sequence()).isEqualTo(2);
        assertThat(none.after("e.1")).isEmpty();
    }

    @Test
    void shouldRefuseAnEpochThatWouldMakeIdsAmbiguous() {
        assertThatThrownBy(() -> new RecentEvents("a.b", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static IncomingEvent event(String subject) {
        return new IncomingEvent("tickets.events", "ticket.created", subject, Optional.empty(), "{}");
    }
}
