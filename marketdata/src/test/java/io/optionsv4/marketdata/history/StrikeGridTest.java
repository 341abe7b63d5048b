package io.optionsv4.marketdata.history;

import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2020;
import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2026;
import static io.optionsv4.marketdata.history.HistoryFixtures.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** NSE's NIFTY strike grid of the time, checked against the strikes of the real files. */
class StrikeGridTest {

    private static final LocalDate MARCH_2020 = LocalDate.of(2020, 3, 26);

    @Test
    void test_strikes_equalTheJanuary2020Bhavcopies_forTheWeekliesAndSerialMonths() {
        for (LocalDate day : JAN_2020) {
            Map<LocalDate, Set<Double>> real = HistoryFixtures.realStrikes(day);
            for (Expiry expiry : MARKET.expiries("NIFTY", day)) {
                // the March 2020 contract also keeps the 100-point strikes of its long-dated months (see below)
                if (expiry.date().isBefore(MARCH_2020)) {
                    assertThat(strikes(day, expiry.date()))
                            .as("strikes of " + expiry.date() + " on " + day)
                            .isEqualTo(real.get(expiry.date()));
                }
            }
        }
    }

    @Test
    void test_newWeekly_isThirtyStrikesEitherSideOfThePreviousClose() {
        // 5 Mar 2020 weekly, listed on 3 Jan 2020 after the 2 Jan close of 12282.20: ATM 12300, 10800..13800
        Set<Double> expected = new TreeSet<>();
        LongStream.rangeClosed(0, 60).forEach(i -> expected.add(10_800.0 + 50 * i));

        assertThat(strikes(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 3, 5))).isEqualTo(expected);
    }

    @Test
    void test_january2026_nearStrikesAreRealStrikes() {
        // NSE listed about 35-40 strikes a side in 2026; the model's 30 are all among them.
        Map<LocalDate, Set<Double>> real = HistoryFixtures.realStrikes(JAN_2026);
        for (Expiry expiry : MARKET.expiries("NIFTY", JAN_2026).subList(0, 6)) {
            Set<Double> model = strikes(JAN_2026, expiry.date());
            assertThat(real.get(expiry.date()))
                    .as("strikes of " + expiry.date())
                    .containsAll(model);
            assertThat(model.size()).isGreaterThanOrEqualTo(61);
        }
    }

    @Test
    void test_strikes_onlyGrowUntilExpiry() {
        Set<Double> previous = Set.of();
        for (LocalDate day : MARKET.sessions(LocalDate.of(2019, 12, 27), MARCH_2020)) {
            Set<Double> now = strikes(day, MARCH_2020);
            assertThat(now).as("strikes on " + day).containsAll(previous);
            previous = now;
        }
        // the March 2020 crash (close 7610.25 on 23 Mar) added 50-point strikes down to 6100
        assertThat(previous).contains(6_100.0, 8_850.0);
        // on 1 Jan 2020: the long-dated 100-point strikes around the closes since March 2019, the 50-point near grid
        assertThat(strikes(JAN_2020.get(0), MARCH_2020))
                .contains(7_700.0, 8_800.0, 12_350.0)
                .doesNotContain(8_850.0);
    }

    @Test
    void test_era2008_hundredPointGrid() {
        OptionChain chain = MARKET.optionChain("NIFTY", LocalDate.of(2008, 10, 29), LocalDate.of(2008, 10, 24));

        assertThat(chain.strikes()).allSatisfy(k -> assertThat(k % 100).isZero());
        assertThat(chain.strikes()).contains(2_600.0, 3_600.0);
    }

    @Test
    void test_union_sortedWithoutDuplicates() {
        assertThat(StrikeGrid.union(new long[] {100, 200, 300}, new long[] {50, 200, 350}))
                .containsExactly(50, 100, 200, 300, 350);
        assertThat(StrikeGrid.union(new long[0], new long[] {5})).containsExactly(5);
    }

    @Test
    void test_dateWithoutScheme_isAnError() {
        assertThatThrownBy(() -> StrikeGrid.load().scheme(StrikeGrid.Series.LONG, LocalDate.of(2015, 1, 1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("LONG")
                .hasMessageContaining("2015-01-01")
                .hasMessageContaining(StrikeGrid.RESOURCE);
    }

    private static Set<Double> strikes(LocalDate day, LocalDate expiry) {
        List<Double> strikes = MARKET.optionChain("NIFTY", expiry, day).strikes();
        return new TreeSet<>(strikes);
    }
}
