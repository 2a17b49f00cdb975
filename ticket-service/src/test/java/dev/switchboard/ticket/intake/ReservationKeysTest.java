package dev.switchboard.ticket.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationKeysTest {

    @Test
    void shouldScopeBothIdentitiesByPlatformExternalIdFirst() {
        assertThat(ReservationKeys.of("zendesk", "zd-1", "k-1"))
                .containsExactly("external:zendesk:zd-1", "idempotency:zendesk:k-1");
    }

    @Test
    void shouldGiveDifferentKeysForSameExternalIdOfDifferentPlatforms() {
        assertThat(ReservationKeys.of("a", "x", null)).doesNotContainAnyElementsOf(ReservationKeys.of("b", "x", null));
    }

    @Test
    void shouldHaveNoKeyWithoutAnyIdentity() {
        assertThat(ReservationKeys.of("a", " ", null)).isEmpty();
    }
}
