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

    // Europe/Berlin leaves winter time on Sunday 2026-03-29 (02:00 CET -> 03:00 CEST) and goes back on Sunday
    // 2026-10-25 (03:00 CEST -> 02:00 CET): a night shift that spans the switch is 5 or 7 real hours long
    private final WorkCalendar sundayNights = CalendarSpec.businessHours("Europe/Berlin",
            Map.of("SUN", List.of("00:00-06:00")), List.of()).toCalendar();

    @Test
    void shouldCountTheLostHourOutWhenTheClocksSpringForward() {
        Instant sundayMidnight = Instant.parse("2026-03-28T23:00:00Z"); // 00:00 CET

        assertThat(sundayNights.between(sundayMidnight, Instant.parse("2026-03-29T04:00:00Z")))
                .isEqualTo(Duration.ofHours(5));
        // 5 real hours that night, the sixth on the next Sunday 00:00-01:00 CEST (= Saturday 22:00-23:00Z)
        assertThat(sundayNights.plus(sundayMidnight, Duration.ofHours(6)))
                .isEqualTo(Instant.parse("2026-04-04T23:00:00Z"));
    }

    @Test
    void shouldCountTheRepeatedHourWhenTheClocksFallBack() {
        Instant sundayMidnight = Instant.parse("2026-10-24T22:00:00Z"); // 00:00 CEST

        assertThat(sundayNights.between(sundayMidnight, Instant.parse("2026-10-25T05:00:00Z")))
                .isEqualTo(Duration.ofHours(7));
        // six real hours after 00:00 CEST is 05:00 CET, an hour before the shift's wall-clock end
        assertThat(sundayNights.plus(sundayMidnight, Duration.ofHours(6)))
                .isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
    }

    @Test
    void shouldKeepLocalOfficeHoursAcrossAWeekendWithADaylightSavingSwitch() {
        WorkCalendar weekdays = weekdays("Europe/Berlin", "09:00-17:00");
        Instant fridayFour = Instant.parse("2026-03-27T15:00:00Z"); // 16:00 CET

        // Monday 09:00 is now CEST (07:00Z), so the remaining hour ends at 10:00 CEST = 08:00Z
        assertThat(weekdays.plus(fridayFour, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(weekdays.between(fridayFour, Instant.parse("2026-03-30T08:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void shouldSkipAWeekendAndAHolidayOnTheFollowingMonday() {
        WorkCalendar weekdays = CalendarSpec.businessHours("UTC",
                Map.of("MON", List.of("09:00-17:00"), "TUE", List.of("09:00-17:00"), "WED", List.of("09:00-17:00"),
                        "THU", List.of("09:00-17:00"), "FRI", List.of("09:00-17:00")),
                List.of("2026-12-28")).toCalendar();
        Instant fridayFour = Instant.parse("2026-12-25T16:00:00Z");

        assertThat(weekdays.plus(fridayFour, Duration.ofHours(3))).isEqualTo(Instant.parse("2026-12-29T11:00:00Z"));
    }

    @Test
    void shouldCountASplitShiftOnlyWhileEitherPartIsOpen() {
        Instant mondayEight = Instant.parse("2026-11-23T07:00:00Z");
        Instant mondayEvening = Instant.parse("2026-11-23T18:00:00Z");

        assertThat(calendar.between(mondayEight, mondayEvening)).isEqualTo(Duration.ofHours(7));
        assertThat(calendar.between(Instant.parse("2026-11-23T11:15:00Z"), Instant.parse("2026-11-23T11:45:00Z")))
                .isZero();
        assertThat(calendar.plus(Instant.parse("2026-11-23T11:15:00Z"), Duration.ofMinutes(1)))
                .isEqualTo(Instant.parse("2026-11-23T12:01:00Z"));
    }

    @Test
    void shouldUseTheLocalDateWhenTheWorkingDaySpansTwoUtcDates() {
        WorkCalendar losAngeles = weekdays("America/Los_Angeles", "09:00-17:00");
        // Monday 16:30 PST is Tuesday 00:30Z: the half hour left is Monday's, the rest Tuesday 09:00 PST = 17:00Z
        Instant mondayAfternoon = Instant.parse("2026-11-24T00:30:00Z");

        assertThat(losAngeles.plus(mondayAfternoon, Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-11-24T17:30:00Z"));
        assertThat(losAngeles.between(mondayAfternoon, Instant.parse("2026-11-24T17:30:00Z")))
                .isEqualTo(Duration.ofHours(1));

        WorkCalendar auckland = weekdays("Pacific/Auckland", "09:00-17:00");
        // Sunday 21:00Z is Monday 10:00 NZDT: working time although it is Sunday in UTC
        assertThat(auckland.plus(Instant.parse("2026-11-22T21:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-11-22T22:00:00Z"));
        // Friday 17:00 NZDT is Friday 04:00Z: a UTC Friday afternoon is already the Auckland weekend
        assertThat(auckland.plus(Instant.parse("2026-11-27T12:00:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-11-29T20:30:00Z"));
    }

    @Test
    void shouldRunOnThroughLocalMidnightWhenAShiftContinuesTheNextDay() {
        WorkCalendar nights = CalendarSpec.businessHours("Europe/Berlin",
                Map.of("MON", List.of("22:00-24:00"), "TUE", List.of("00:00-06:00")), List.of()).toCalendar();
        Instant mondayEleven = Instant.parse("2026-11-23T22:00:00Z"); // 23:00 CET

        assertThat(nights.plus(mondayEleven, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(nights.between(Instant.parse("2026-11-23T20:00:00Z"), Instant.parse("2026-11-24T06:00:00Z")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void shouldCarryATargetLongerThanAWeekOverSeveralWeekends() {
        WorkCalendar weekdays = weekdays("UTC", "09:00-17:00");
        Instant monday = Instant.parse("2026-11-23T09:00:00Z");

        // 50 h = a full week (40 h), the next Monday (8 h) and two hours of Tuesday
        assertThat(weekdays.plus(monday, Duration.ofHours(50))).isEqualTo(Instant.parse("2026-12-01T11:00:00Z"));
        // 200 h = five weeks exactly: ends at the close of the fifth Friday
        assertThat(weekdays.plus(monday, Duration.ofHours(200))).isEqualTo(Instant.parse("2026-12-25T17:00:00Z"));
    }

    @Test
    void shouldStartAtTheNextShiftWhenStartedOnAHolidayOrAWeekend() {
        Instant holidayNoon = Instant.parse("2026-11-27T11:00:00Z"); // Friday 27th is a holiday
        Instant saturday = Instant.parse("2026-11-28T11:00:00Z");

        assertThat(calendar.plus(holidayNoon, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(calendar.plus(saturday, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(calendar.between(holidayNoon, Instant.parse("2026-11-30T08:00:00Z"))).isZero();
    }

    @Test
    void shouldCountBackExactlyWhatItAddedFromAnyStart() {
        WorkCalendar[] calendars = {calendar, sundayNights, weekdays("America/New_York", "08:00-12:00",
                "12:30-18:00")};
        java.util.Random random = new java.util.Random(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            WorkCalendar subject = calendars[i % calendars.length];
            Instant from = start.plusSeconds(random.nextLong(366L * 24 * 3600));
            Duration target = Duration.ofMinutes(1 + random.nextInt(60 * 24 * 3));

            Instant due = subject.plus(from, target);

            assertThat(subject.between(from, due)).as("%s + %s", from, target).isEqualTo(target);
            assertThat(subject.between(from, due.minusSeconds(1))).isLessThan(target);
        }
    }

    private static WorkCalendar weekdays(String zone, String... shifts) {
        List<String> day = List.of(shifts);
        return CalendarSpec.businessHours(zone, Map.of("MON", day, "TUE", day, "WED", day, "THU", day, "FRI", day),
                List.of()).toCalendar();
    }
}
