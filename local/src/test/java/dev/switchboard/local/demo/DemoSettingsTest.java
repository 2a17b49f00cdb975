package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void shouldSplitTheTotalRateByTheTeamsShares() {
        DemoSettings settings = new DemoSettings(30, 1, Map.of("billing", 5.0, "tech", 3.0, "sales", 2.0),
                DayShape.FLAT);

        assertThat(settings.ticketsPerMinute("billing")).isCloseTo(15, within(1e-9));
        assertThat(settings.ticketsPerMinute("tech")).isCloseTo(9, within(1e-9));
        assertThat(settings.ticketsPerMinute("sales")).isCloseTo(6, within(1e-9));
    }

    @Test
    void shouldDefaultToBillingAndTechFortyPercentSalesTwentyAtASteadyRate() {
        DemoSettings settings = new DemoSettings(10, 42);

        assertThat(settings.ticketsPerMinute("billing")).isCloseTo(4, within(1e-9));
        assertThat(settings.ticketsPerMinute("sales")).isCloseTo(2, within(1e-9));
        assertThat(settings.dayShape()).isEqualTo(DayShape.FLAT);
    }

    @Test
    void shouldRefuseUnknownTeamsNegativeSharesNoShareAndNoRate() {
        assertThatThrownBy(() -> new DemoSettings(10, 1, Map.of("legal", 1.0), DayShape.FLAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal");
        assertThatThrownBy(() -> new DemoSettings(10, 1, Map.of("tech", -1.0, "sales", 2.0), DayShape.FLAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSettings(10, 1, Map.of("tech", 0.0), DayShape.FLAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSettings(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
