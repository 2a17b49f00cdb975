package dev.switchboard.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static final UUID FIXED = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private final RequestIds requestIds = new RequestIds(() -> FIXED);

    @ParameterizedTest
    @ValueSource(strings = {"abc", "req-1.2_3", "0123456789012345678901234567890123456789012345678901234567890123"})
    void shouldKeepASaneClientId(String id) {
        // when / then
        assertThat(requestIds.resolve(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "semi;colon", "line\nbreak", "ünicode", "a/b",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void shouldReplaceAMissingOrUnsafeIdWithANewOne(String id) {
        // when / then
        assertThat(requestIds.resolve(id)).isEqualTo(FIXED.toString());
    }
}
