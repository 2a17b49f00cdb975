package dev.switchboard.ticket.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketCursorTest {

    @Test
    void shouldDecodeWhatItEncoded() {
        TicketCursor cursor = new TicketCursor(Instant.parse("2026-11-23T08:00:00.123Z"), "t|with|bars");

        assertThat(TicketCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "bm90LWEtY3Vyc29y", "MTIzfA"})
    void shouldRejectTextItDidNotIssue(String text) {
        assertThatThrownBy(() -> TicketCursor.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
