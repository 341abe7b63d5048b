package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.OptionChain;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndiaVixSimulatorTest {

    private static final double SINGLE_DAY_TOLERANCE = 0.15;
    private static final double AVERAGE_TOLERANCE = 0.04;

    @Test
    void test_vix_closeToNiftyThirtyDayAtmImpliedVol() {
        double sumRatio = 0;
        int days = 0;
        for (LocalDate day = LocalDate.of(2020, 1, 1); days < 10; day = day.plusDays(1)) {
            if (!MARKET.session(day).equals(day)) {
                continue;
            }
            double ratio = MARKET.indiaVix(day) / (100 * thirtyDayAtmIv(day));
            assertThat(ratio).as(day.toString()).isCloseTo(1.0, within(SINGLE_DAY_TOLERANCE));
            sumRatio += ratio;
            days++;
        }
        assertThat(sumRatio / days).isCloseTo(1.0, within(AVERAGE_TOLERANCE));
    }

    @Test
    void test_vix_plausibleLevelsAndRealisedVolPremium() {
        List<Candle> vix = MARKET.indiaVixHistory(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31));
        double[] levels = vix.stream().mapToDouble(Candle::close).sorted().toArray();
        double median = levels[levels.length / 2];
        assertThat(median).isBetween(12.0, 24.0);
        assertThat(levels[0]).isGreaterThan(5.0);
        assertThat(levels[levels.length - 1]).isLessThan(90.0);
    }

    /** NIFTY's ATM IV at 30 days, interpolated in total variance between the chain's expiries around 30 days. */
    private static double thirtyDayAtmIv(LocalDate day) {
        List<Expiry> expiries = MARKET.expiries("NIFTY", day);
        double target = IndiaVixSimulator.HORIZON_YEARS;
        double previousT = 0;
        double previousW = 0;
        for (Expiry e : expiries) {
            OptionChain chain = MARKET.optionChain("NIFTY", e.date(), day);
            double t = chain.yearsToExpiry();
            if (t == 0) {
                continue;
            }
            double atm = chain.atmStrike().getAsDouble();
            double iv = chain.quote(atm, Right.CALL)
                    .orElseThrow()
                    .impliedVolatility()
                    .orElseThrow();
            double w = iv * iv * t;
            if (t >= target) {
                double interpolated = previousW + (w - previousW) * (target - previousT) / (t - previousT);
                return Math.sqrt(interpolated / target);
            }
            previousT = t;
            previousW = w;
        }
        throw new IllegalStateException("no NIFTY expiry beyond 30 days on " + day);
    }
}
