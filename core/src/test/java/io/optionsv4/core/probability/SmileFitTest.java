package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SmileFitTest {

    private static final double FORWARD = 485.83;
    private static final double YEARS = 27 / 365.0;
    private static final double ATM = 0.29;

    @Test
    void test_fit_recoversAQuadraticSmileExactly() {
        DoubleUnaryOperator quadratic = k -> {
            double z = Math.log(k / FORWARD) / (ATM * Math.sqrt(YEARS));
            return 0.29 - 0.02 * z + 0.004 * z * z;
        };
        double[] strikes = strikes(400, 580, 10);
        VolatilitySmile smile = SmileFit.fit(FORWARD, YEARS, ATM, strikes, map(strikes, quadratic), ones(strikes));

        for (double k = 420; k <= 560; k += 2.5) {
            assertThat(smile.vol(k)).isCloseTo(quadratic.applyAsDouble(k), within(2e-4));
        }
        for (double k : strikes) {
            if (Math.abs(Math.log(k / FORWARD)) / (ATM * Math.sqrt(YEARS)) <= SmileFit.MAX_STANDARDIZED) {
                assertThat(smile.vol(k)).isCloseTo(quadratic.applyAsDouble(k), within(1e-12));
            }
        }
    }

    /** ICICIPRULI, 3 Jan 2020, 30-Jan expiry: three stale settlement prices ten points off their neighbours. */
    @Test
    void test_ofChain_staleQuotesDoNotBendTheSmile() {
        List<ChainRow> rows = new ArrayList<>();
        rows.add(row(440, 0.316, false));
        rows.add(row(450, 0.178, true));
        rows.add(row(460, 0.177, true));
        rows.add(row(470, 0.300, true));
        rows.add(row(480, 0.293, true));
        rows.add(row(490, 0.287, true));
        rows.add(row(500, 0.285, true));
        rows.add(row(510, 0.290, true));
        rows.add(row(520, 0.287, true));
        rows.add(row(530, 0.284, true));
        rows.add(row(540, 0.172, true));
        rows.add(row(550, 0.293, true));

        VolatilitySmile smile = SmileFit.ofChain(chain(rows), FORWARD, ATM).orElseThrow();

        for (double k = 440; k <= 550; k += 1) {
            assertThat(smile.vol(k)).isBetween(0.28, 0.32);
        }
        SmileDistribution distribution =
                new SmileDistribution(ProbabilityModel.of(483.2, ATM, 0.065, -0.004, YEARS), smile);
        // a long 480 put breaking even at 466.65: about a quarter of the mass lies below
        assertThat(distribution.probabilityBetween(0, 466.65)).isBetween(0.2, 0.35);
        for (double k = 430; k < 560; k += 0.5) {
            assertThat(distribution.density(k)).isPositive();
        }
    }

    @Test
    void test_ofChain_usesTheOutOfTheMoneySide() {
        // calls quote 10 points above the puts (a parity gap): below the forward the put's IV counts, above the call's
        List<ChainRow> rows = new ArrayList<>();
        for (double k = 440; k <= 540; k += 10) {
            rows.add(new ChainRow(
                    k, Optional.of(quote(Right.CALL, k, 0.40, true)), Optional.of(quote(Right.PUT, k, 0.30, true))));
        }

        VolatilitySmile smile = SmileFit.ofChain(chain(rows), FORWARD, ATM).orElseThrow();

        assertThat(smile.vol(450)).isLessThan(0.33);
        assertThat(smile.vol(530)).isGreaterThan(0.37);
    }

    @Test
    void test_ofChain_fewQuotesAreFlatAtTheirMedian_noneIsEmpty() {
        List<ChainRow> two = List.of(row(480, 0.25, true), row(490, 0.27, true));
        List<ChainRow> none = List.of(
                new ChainRow(480, Optional.of(unpriced(Right.CALL, 480)), Optional.of(unpriced(Right.PUT, 480))));

        VolatilitySmile flat = SmileFit.ofChain(chain(two), FORWARD, ATM).orElseThrow();

        assertThat(flat.isFlat()).isTrue();
        assertThat(flat.vol(100)).isCloseTo(0.26, within(1e-12));
        assertThat(SmileFit.ofChain(chain(none), FORWARD, ATM)).isEmpty();
    }

    @Test
    void test_fit_noTimeLeftIsFlat() {
        double[] strikes = strikes(400, 580, 10);
        VolatilitySmile smile = SmileFit.fit(FORWARD, 0, ATM, strikes, map(strikes, k -> 0.3), ones(strikes));

        assertThat(smile.isFlat()).isTrue();
        assertThat(smile.vol(480)).isEqualTo(0.3);
    }

    private static double[] strikes(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = from + i * step;
        }
        return out;
    }

    private static double[] map(double[] strikes, DoubleUnaryOperator f) {
        double[] out = new double[strikes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(strikes[i]);
        }
        return out;
    }

    private static double[] ones(double[] strikes) {
        double[] out = new double[strikes.length];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }

    private static OptionChain chain(List<ChainRow> rows) {
        LocalDate asOf = LocalDate.of(2020, 1, 3);
        return new OptionChain(
                "ICICIPRULI",
                asOf.plusDays(27),
                asOf,
                OptionalDouble.of(483.2),
                Optional.empty(),
                0.065,
                YEARS,
                Optional.empty(),
                rows);
    }

    /** A row whose out-of-the-money option has {@code iv}; the other side is unpriced. */
    private static ChainRow row(double strike, double iv, boolean traded) {
        boolean put = strike < FORWARD;
        OptionQuote otm = quote(put ? Right.PUT : Right.CALL, strike, iv, traded);
        OptionQuote itm = unpriced(put ? Right.CALL : Right.PUT, strike);
        return put
                ? new ChainRow(strike, Optional.of(itm), Optional.of(otm))
                : new ChainRow(strike, Optional.of(otm), Optional.of(itm));
    }

    private static OptionQuote quote(Right right, double strike, double iv, boolean traded) {
        return new OptionQuote(
                right,
                strike,
                traded ? 10 : 0,
                10,
                10,
                Optional.empty(),
                traded ? 100 : 0,
                1000,
                0,
                new Valuation.Priced(iv, new OptionGreeks(0.5, 0.01, 1, -1, 0.1)));
    }

    private static OptionQuote unpriced(Right right, double strike) {
        return new OptionQuote(
                right,
                strike,
                0,
                0.05,
                0.05,
                Optional.empty(),
                0,
                0,
                0,
                new Valuation.Unpriced(QuoteQuality.NO_IV, "BELOW_INTRINSIC"));
    }
}
