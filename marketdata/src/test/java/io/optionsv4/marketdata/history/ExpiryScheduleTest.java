package io.optionsv4.marketdata.history;

import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2020;
import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2026;
import static io.optionsv4.marketdata.history.HistoryFixtures.MARKET;
import static io.optionsv4.marketdata.history.HistoryFixtures.SNAPSHOT_DAY;
import static io.optionsv4.marketdata.history.HistoryFixtures.modelExpiries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.history.ExpirySchedule.Listed;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** NIFTY's expiry rules of the time, checked against the expiries of the real files and known dates. */
class ExpiryScheduleTest {

    /**
     * NSE moved 29 Jun 2023 (Bakri Id) to a holiday in 2023; the files of 2019 and 2020 still list the June 2023
     * half-yearly on its nominal Thursday. The model applies NSE's final calendar, so it lists 28 Jun 2023.
     */
    private static final LocalDate NOMINAL_JUNE_2023 = LocalDate.of(2023, 6, 29);

    private static final LocalDate FINAL_JUNE_2023 = LocalDate.of(2023, 6, 28);

    private static final ExpirySchedule SCHEDULE =
            ExpirySchedule.load(ReferenceData.standard().calendar());

    @Test
    void test_expiries_ofTheJanuary2020Bhavcopies() {
        for (LocalDate day : JAN_2020) {
            Set<LocalDate> real = new TreeSet<>(HistoryFixtures.realStrikes(day).keySet());
            assertThat(real.remove(NOMINAL_JUNE_2023)).isTrue();
            real.add(FINAL_JUNE_2023);
            assertThat(modelExpiries(day)).as("NIFTY expiries on " + day).isEqualTo(real);
        }
    }

    @Test
    void test_expiries_ofTheAugust2019Snapshot() {
        Set<LocalDate> real = new TreeSet<>(HistoryFixtures.snapshotExpiries());
        assertThat(real).hasSize(21);
        assertThat(real.remove(NOMINAL_JUNE_2023)).isTrue();
        real.add(FINAL_JUNE_2023);

        assertThat(modelExpiries(SNAPSHOT_DAY)).isEqualTo(real);
    }

    @Test
    void test_expiries_ofTheJanuary2026Bhavcopy_tuesdays() {
        assertThat(modelExpiries(JAN_2026))
                .isEqualTo(HistoryFixtures.realStrikes(JAN_2026).keySet());
        List<Expiry> expiries = MARKET.expiries("NIFTY", JAN_2026);
        assertThat(expiries.subList(0, 6))
                .extracting(e -> e.date().getDayOfWeek())
                .containsOnly(DayOfWeek.TUESDAY);
        assertThat(expiries)
                .filteredOn(e -> e.kind() == ExpiryKind.WEEKLY)
                .extracting(Expiry::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 1, 13),
                        LocalDate.of(2026, 1, 20),
                        LocalDate.of(2026, 2, 3));
    }

    @Test
    void test_monthly_lastThursdayOfJanuary2019_andNoWeekliesBeforeFebruary2019() {
        List<Expiry> expiries = MARKET.expiries("NIFTY", LocalDate.of(2019, 1, 2));

        assertThat(expiries.get(0)).isEqualTo(new Expiry(LocalDate.of(2019, 1, 31), ExpiryKind.MONTHLY, true));
        assertThat(expiries).noneMatch(e -> e.kind() == ExpiryKind.WEEKLY);
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2019, 2, 8))).noneMatch(e -> e.kind() == ExpiryKind.WEEKLY);
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2019, 2, 11)))
                .filteredOn(e -> e.kind() == ExpiryKind.WEEKLY)
                .extracting(Expiry::date)
                .hasSize(7)
                .containsExactly(
                        LocalDate.of(2019, 2, 14),
                        LocalDate.of(2019, 2, 21),
                        LocalDate.of(2019, 3, 7),
                        LocalDate.of(2019, 3, 14),
                        LocalDate.of(2019, 3, 20),
                        LocalDate.of(2019, 4, 4),
                        LocalDate.of(2019, 4, 11));
    }

    @Test
    void test_serialMonthsOnly_beforeDecember2018() {
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2017, 6, 1)))
                .extracting(Expiry::date)
                .containsExactly(LocalDate.of(2017, 6, 29), LocalDate.of(2017, 7, 27), LocalDate.of(2017, 8, 31));
    }

    @Test
    void test_tuesdayFromSeptember2025_thursdayBefore() {
        List<Expiry> august = MARKET.expiries("NIFTY", LocalDate.of(2025, 8, 25));
        assertThat(august.get(0)).isEqualTo(new Expiry(LocalDate.of(2025, 8, 28), ExpiryKind.MONTHLY, true));
        assertThat(august.get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(august)
                .filteredOn(e -> e.kind() == ExpiryKind.WEEKLY)
                .extracting(Expiry::date)
                .containsExactly(
                        LocalDate.of(2025, 9, 2),
                        LocalDate.of(2025, 9, 9),
                        LocalDate.of(2025, 9, 16),
                        LocalDate.of(2025, 9, 23));
        assertThat(august).contains(new Expiry(LocalDate.of(2025, 9, 30), ExpiryKind.MONTHLY, true));

        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2025, 9, 1)).get(0))
                .isEqualTo(new Expiry(LocalDate.of(2025, 9, 2), ExpiryKind.WEEKLY, true));
    }

    @Test
    void test_holidayMovesTheExpiryToThePreviousTradingDay() {
        // Republic Day 2023, Mahavir Jayanti 2018 (monthly); Independence Day 2019 and Holi 2019 (weekly, see
        // test_monthly_lastThursdayOfJanuary2019_andNoWeekliesBeforeFebruary2019); 31 Mar 2026 (monthly).
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2023, 1, 2)))
                .contains(new Expiry(LocalDate.of(2023, 1, 25), ExpiryKind.MONTHLY, true));
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2018, 3, 1)).get(0))
                .isEqualTo(new Expiry(LocalDate.of(2018, 3, 28), ExpiryKind.MONTHLY, true));
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2019, 8, 9)).get(0))
                .isEqualTo(new Expiry(LocalDate.of(2019, 8, 14), ExpiryKind.WEEKLY, true));
        assertThat(MARKET.expiries("NIFTY", LocalDate.of(2026, 3, 2)))
                .extracting(Expiry::date)
                .contains(LocalDate.of(2026, 3, 30))
                .doesNotContain(LocalDate.of(2026, 3, 31));
    }

    @Test
    void test_sevenToFourWeeklies_listedWeekliesStayUntilTheyExpire() {
        List<LocalDate> seven = List.of(
                LocalDate.of(2022, 2, 3),
                LocalDate.of(2022, 2, 10),
                LocalDate.of(2022, 2, 17),
                LocalDate.of(2022, 3, 3),
                LocalDate.of(2022, 3, 10),
                LocalDate.of(2022, 3, 17),
                LocalDate.of(2022, 3, 24));
        assertThat(weeklies(LocalDate.of(2022, 1, 28))).isEqualTo(seven);
        assertThat(weeklies(LocalDate.of(2022, 1, 31))).isEqualTo(seven);
        assertThat(weeklies(LocalDate.of(2022, 3, 4)))
                .containsExactly(
                        LocalDate.of(2022, 3, 10),
                        LocalDate.of(2022, 3, 17),
                        LocalDate.of(2022, 3, 24),
                        LocalDate.of(2022, 4, 7));
    }

    @Test
    void test_listing_onceListedListedEverySessionUntilExpiry() {
        List<LocalDate> sessions = MARKET.sessions(LocalDate.of(2018, 12, 1), LocalDate.of(2026, 3, 13));
        List<Listed> previous = SCHEDULE.listed(sessions.get(0));
        for (LocalDate day : sessions.subList(1, sessions.size())) {
            List<Listed> now = SCHEDULE.listed(day);
            for (Listed p : previous) {
                if (!p.date().isBefore(day)) {
                    assertThat(now)
                            .as(p + " on " + day)
                            .anyMatch(l -> l.date().equals(p.date()) && (l.near() || !p.near()));
                }
            }
            previous = now;
        }
    }

    @Test
    void test_firstListed_sameAnswerFromAnyDayOfTheListing() {
        LocalDate march2020 = LocalDate.of(2020, 3, 26);
        LocalDate listed = SCHEDULE.firstListed(march2020, LocalDate.of(2020, 1, 1), false);
        LocalDate near = SCHEDULE.firstListed(march2020, LocalDate.of(2020, 1, 1), true);

        // a quarter month after the serial months from 29 Mar 2019 (serial: Apr, May, Jun 2019), serial from 27 Dec
        // 2019
        assertThat(listed).isEqualTo(LocalDate.of(2019, 3, 29));
        assertThat(near).isEqualTo(LocalDate.of(2019, 12, 27));
        assertThat(SCHEDULE.firstListed(march2020, LocalDate.of(2020, 3, 20), false))
                .isEqualTo(listed);
        assertThat(SCHEDULE.firstListed(march2020, LocalDate.of(2020, 3, 20), true))
                .isEqualTo(near);
        assertThat(SCHEDULE.firstListed(LocalDate.of(2020, 3, 5), LocalDate.of(2020, 1, 3), true))
                .isEqualTo(LocalDate.of(2020, 1, 3));
    }

    @Test
    void test_dateBeforeTheRules_isAnError() {
        assertThatThrownBy(() -> SCHEDULE.listed(LocalDate.of(2007, 12, 31)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no NIFTY expiry listing rule for 2007-12-31")
                .hasMessageContaining(ExpirySchedule.LISTINGS);
    }

    private static List<LocalDate> weeklies(LocalDate day) {
        return MARKET.expiries("NIFTY", day).stream()
                .filter(e -> e.kind() == ExpiryKind.WEEKLY)
                .map(Expiry::date)
                .toList();
    }
}
