package dev.switchboard.sla.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessHoursCalendarTest {

    // Europe/Berlin is UTC+1 in winter: 09:00 local = 08:00Z
    private final WorkCalendar calendar = CalendarSpec.businessHours("Europe/Berlin",
            Map.of("MON", List.of("09:00-12:00", "13:00-17:00"), "TUE", List.of("09:00-17:00"),
                    "FRI", List.of("09:00-17:00")),
            List.of("2026-11-27")).toCalendar();

    @Test
    void shouldSkipTheLunchBreakOfASplitShift() {
        Instant mondayEleven = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(calendar.plus(mondayEleven, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
    }

    @Test
    void shouldCarryOverNightIntoTheNextWorkingDay() {
        Instant mondayFour = Instant.parse("2026-11-23T15:00:00Z");

        assertThat(calendar.plus(mondayFour, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void shouldSkipHolidaysAndDaysWithoutHours() {
        Instant tuesdayFour = Instant.parse("2026-11-24T15:00:00Z");

        // Wednesday and Thursday have no hours, Friday 27th is a holiday: next is Monday 30th 09:00 local
        assertThat(calendar.plus(tuesdayFour, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void shouldCountOnlyWorkingTimeBetweenTwoInstants() {
        assertThat(calendar.between(Instant.parse("2026-11-23T07:00:00Z"), Instant.parse("2026-11-24T09:00:00Z")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void shouldStartCountingAtTheNextShiftWhenStartedOutsideHours() {
        Instant sundayNight = Instant.parse("2026-11-22T22:00:00Z");

        assertThat(calendar.plus(sundayNight, Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-11-23T08:30:00Z"));
    }

    @Test
    void shouldRejectUnknownZonesDaysAndMalformedShifts() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                CalendarSpec.businessHours("Mars/Olympus", Map.of("MON", List.of("09:00-17:00")), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                CalendarSpec.businessHours("UTC", Map.of("MOONDAY", List.of("09:00-17:00")), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                CalendarSpec.businessHours("UTC", Map.of("MON", List.of("17:00-09:00")), List.of()));
    }
}
