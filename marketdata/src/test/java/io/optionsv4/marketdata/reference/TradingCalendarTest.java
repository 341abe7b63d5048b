package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.NseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    private static final TradingCalendar CALENDAR = ReferenceData.standard().calendar();

    /** Diwali weekdays whose Yahoo row is the Muhurat session, not a regular one (see holidays.csv). */
    private static final Set<LocalDate> MUHURAT = Set.of(
            LocalDate.of(2017, 10, 19),
            LocalDate.of(2018, 11, 7),
            LocalDate.of(2021, 11, 4),
            LocalDate.of(2022, 10, 24),
            LocalDate.of(2024, 11, 1),
            LocalDate.of(2025, 10, 21));

    @Test
    void test_isTradingDay_knownHolidays2019() {
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 12, 25))).isFalse();
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 10, 21))).isFalse(); // Maharashtra election
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 10, 28))).isFalse(); // Diwali Balipratipada
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 10, 27))).isFalse(); // Sunday Muhurat session
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 12, 24))).isTrue();
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2020, 1, 1))).isTrue();
    }

    @Test
    void test_isTradingDay_weekdayMuhuratIsHoliday() {
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2021, 11, 4))).isFalse();
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2021, 11, 5))).isFalse();
    }

    @Test
    void test_isTradingDay_yahooGapsAreTradingDays() {
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 1, 1))).isTrue();
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2019, 2, 13))).isTrue();
    }

    @Test
    void test_holidays_2019MatchesNseList() {
        assertThat(CALENDAR.holidays(2019))
                .hasSize(17)
                .contains(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 8, 12), LocalDate.of(2019, 11, 12));
    }

    @Test
    void test_nextAndPreviousTradingDay_acrossHolidayAndWeekend() {
        assertThat(CALENDAR.nextTradingDay(LocalDate.of(2019, 12, 24))).isEqualTo(LocalDate.of(2019, 12, 26));
        assertThat(CALENDAR.previousTradingDay(LocalDate.of(2019, 10, 29))).isEqualTo(LocalDate.of(2019, 10, 25));
        assertThat(CALENDAR.nextTradingDay(LocalDate.of(2020, 1, 3))).isEqualTo(LocalDate.of(2020, 1, 6));
    }

    @Test
    void test_tradingDaysBetween_countsSessionsAfterFromUpToTo() {
        assertThat(CALENDAR.tradingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
                .isZero();
        assertThat(CALENDAR.tradingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 30)))
                .isEqualTo(21);
        assertThat(CALENDAR.tradingDaysBetween(LocalDate.of(2019, 10, 18), LocalDate.of(2019, 10, 29)))
                .isEqualTo(5);
        assertThatThrownBy(() -> CALENDAR.tradingDaysBetween(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_isTradingDay_uncoveredYearThrows() {
        assertThat(CALENDAR.covers(LocalDate.of(2027, 1, 4))).isFalse();
        assertThatThrownBy(() -> CALENDAR.isTradingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("2027-01-04")
                .hasMessageContaining("2026-03-13");
        assertThatThrownBy(() -> CALENDAR.holidays(2026)).isInstanceOf(ReferenceDataException.class);
        assertThatThrownBy(() -> CALENDAR.nextTradingDay(LocalDate.of(2026, 3, 13)))
                .isInstanceOf(ReferenceDataException.class);
    }

    @Test
    void test_isTradingDay_everyNiftySessionIsATradingDay() {
        List<LocalDate> sessions = NseFiles.csv(ProjectData.file("index_daily/nifty50.csv")).stream()
                .map(r -> LocalDate.parse(r.get("Date").substring(0, 10)))
                .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                .filter(d -> !MUHURAT.contains(d))
                .toList();
        assertThat(sessions).hasSizeGreaterThan(4500).allMatch(CALENDAR::isTradingDay);
    }

    @Test
    void test_isTradingDay_exactlyTheCashBhavcopyDaysAug2019ToJan2020() throws IOException {
        DateTimeFormatter name = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("'cm'ddMMMyyyy'bhav.csv'")
                .toFormatter(Locale.ENGLISH);
        Set<LocalDate> files;
        try (Stream<Path> list = Files.list(ProjectData.directory().resolve("cm_history"))) {
            files = list.map(p -> LocalDate.parse(
                            DataFiles.contentName(p.getFileName().toString()), name))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<LocalDate> tradingDays = new TreeSet<>();
        for (LocalDate d = LocalDate.of(2019, 8, 1); !d.isAfter(LocalDate.of(2020, 1, 3)); d = d.plusDays(1)) {
            if (CALENDAR.isTradingDay(d)) {
                tradingDays.add(d);
            }
        }
        assertThat(tradingDays).hasSize(102).isEqualTo(files);
    }

    @Test
    void test_isPlannedTradingDay_beyondCoverage_fixedHolidaysAndWeekendsExcluded() {
        TradingCalendar calendar = ReferenceData.standard().calendar();

        assertThat(calendar.covers(LocalDate.of(2027, 1, 26))).isFalse();
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2027, 1, 26))).isFalse();
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2027, 8, 16))).isTrue();
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2027, 10, 2))).isFalse();
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(calendar.plannedTradingDayOnOrBefore(LocalDate.of(2026, 12, 27)))
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(calendar.isPlannedTradingDay(LocalDate.of(2020, 1, 3))).isTrue();
    }

    @Test
    void test_monthlyExpiry_january2027_movesOffRepublicDay() {
        List<LocalDate> monthlies = ReferenceData.standard().expiries("RELIANCE", LocalDate.of(2027, 1, 4)).stream()
                .filter(e -> e.kind() == io.optionsv4.core.instrument.ExpiryKind.MONTHLY)
                .map(io.optionsv4.core.instrument.Expiry::date)
                .filter(d -> d.getYear() == 2027 && d.getMonthValue() == 1)
                .toList();

        assertThat(monthlies).containsExactly(LocalDate.of(2027, 1, 25));
    }
}
