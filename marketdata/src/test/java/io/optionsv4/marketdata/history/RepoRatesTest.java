package io.optionsv4.marketdata.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.MarketDataException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RBI's repo rate by date, as the historical market discounts with it. */
class RepoRatesTest {

    private static final RepoRates RATES = RepoRates.load();

    @Test
    void test_repo_onKnownDates() {
        assertThat(RATES.period(LocalDate.of(2008, 7, 29)).repo()).isCloseTo(0.09, within(1e-15));
        assertThat(RATES.period(LocalDate.of(2009, 4, 21)).repo()).isCloseTo(0.0475, within(1e-15));
        assertThat(RATES.period(LocalDate.of(2020, 1, 1)).repo()).isCloseTo(0.0515, within(1e-15));
        assertThat(RATES.period(LocalDate.of(2020, 5, 22)).repo()).isCloseTo(0.04, within(1e-15));
        assertThat(RATES.period(LocalDate.of(2022, 12, 7)).repo()).isCloseTo(0.0625, within(1e-15));
        assertThat(RATES.period(LocalDate.of(2026, 3, 13)).repo()).isCloseTo(0.0525, within(1e-15));
    }

    @Test
    void test_continuousRate_isLogOfOnePlusRepo() {
        assertThat(RATES.continuousRate(LocalDate.of(2020, 1, 1))).isCloseTo(Math.log(1.0515), within(1e-15));
    }

    @Test
    void test_dateOutsideTheTable_isAnError() {
        assertThatThrownBy(() -> RATES.period(LocalDate.of(2026, 4, 1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2026-04-01")
                .hasMessageContaining(RepoRates.RESOURCE);
        assertThatThrownBy(() -> RATES.period(LocalDate.of(2007, 1, 1))).isInstanceOf(MarketDataException.class);
    }

    @Test
    void test_gapBetweenPeriods_refused() {
        List<RepoRates.Period> periods = List.of(
                new RepoRates.Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), 0.05, "A"),
                new RepoRates.Period(LocalDate.of(2020, 2, 2), LocalDate.of(2020, 3, 31), 0.05, "B"));

        assertThatThrownBy(() -> new RepoRates(periods))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2020-02-02 does not follow 2020-01-31");
    }
}
