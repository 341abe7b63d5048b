package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ImpliedVolatilitySolver}.
 *
 * <p>Reference prices were computed with Python mpmath 1.3.0 at 50 digits from the textbook Black–Scholes–Merton and
 * Black-76 formulas, then rounded to double. The worked example of the Black–Scholes–Merton chapter of Hull's
 * "Options, Futures and Other Derivatives" (S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5, quoted there as c = 4.76 and
 * p = 0.81) gives c = 4.759422392871533 and p = 0.8085993729000936.
 *
 * <p>Round trips use the conditioning {@code κ = vega·σ/price}, the relative change of the price per relative change
 * of volatility. A price carries volatility information only where {@code κ} is well above double resolution. The
 * repriced value is checked to 1e-12 relative wherever the input is representable (time value at least 1e-290, price
 * below its upper bound), the recovered volatility to 1e-10 relative where {@code κ > 1e-4}. Measured on a finer
 * grid, the repricing error stays below 4.3·ε·(1 + κ); κ reaches about 1400 for the smallest normal prices, where the
 * error was at most 3.4e-13.
 */
class ImpliedVolatilitySolverTest {

    /** Relative repricing tolerance, as required of the solver. */
    private static final double PRICE_TOLERANCE = 1e-12;

    /** Relative volatility tolerance where the price is well conditioned ({@code κ > 1e-4}). */
    private static final double VOL_TOLERANCE = 1e-10;

    /** Below this the time value is subnormal or close to it and has too few digits to invert to 1e-12. */
    private static final double SMALLEST_PRICE = 1e-290;

    private static final double ONE_MINUTE = 1.0 / (365 * 24 * 60);

    private static final double[] YEARS = {
        ONE_MINUTE, 1.0 / (365 * 24), 1.0 / 365, 7.0 / 365, 30.0 / 365, 0.25, 1, 3, 10
    };

    @Test
    void test_blackScholesMerton_hullExample() {
        ImpliedVolatilityResult call =
                ImpliedVolatilitySolver.blackScholesMerton(Right.CALL, 4.759422392871533, 42, 40, 0.5, 0.1, 0);
        ImpliedVolatilityResult put =
                ImpliedVolatilitySolver.blackScholesMerton(Right.PUT, 0.8085993729000936, 42, 40, 0.5, 0.1, 0);

        assertThat(call.isOk()).isTrue();
        assertThat(call.volatility()).isCloseTo(0.2, within(1e-14));
        assertThat(put.volatility()).isCloseTo(0.2, within(1e-14));
    }

    @Test
    void test_blackScholesMerton_niftyWeeklyWithDividendYield() {
        // S = 24000, r = 6.5 %, q = 1.2 %, T = 7/365, σ = 13 %; call K = 25000, put K = 23000 (mpmath)
        double years = 7.0 / 365;
        ImpliedVolatilityResult call = ImpliedVolatilitySolver.blackScholesMerton(
                Right.CALL, 2.086698915592596, 24000, 25000, years, 0.065, 0.012);
        ImpliedVolatilityResult put = ImpliedVolatilitySolver.blackScholesMerton(
                Right.PUT, 1.0807819712628692, 24000, 23000, years, 0.065, 0.012);

        assertThat(call.volatility()).isCloseTo(0.13, within(1e-12));
        assertThat(put.volatility()).isCloseTo(0.13, within(1e-12));
    }

    @Test
    void test_black76Price_referenceValues() {
        // F = 100, K = 300, T = 0.25, σ = 20 %: 3.4529165077419025e-28; put F = 100, K = 30, T = 1, σ = 50 %, DF = 0.98
        assertThat(ImpliedVolatilitySolver.black76Price(Right.CALL, 100, 300, 0.25, 0.2, 1))
                .isCloseTo(3.4529165077419025e-28, within(1e-13 * 3.45e-28));
        assertThat(ImpliedVolatilitySolver.black76Price(Right.PUT, 100, 30, 1, 0.5, 0.98))
                .isCloseTo(0.06947025239754671, within(1e-14 * 0.0695));
    }

    @Test
    void test_roundTrip_denseGrid() {
        double worstPrice = 0;
        double worstVol = 0;
        for (Right right : Right.values()) {
            for (double moneyness = 0.3; moneyness <= 3.0001; moneyness *= 1.05) {
                for (double years : YEARS) {
                    for (double logVol = Math.log(0.01); logVol <= Math.log(5.0001); logVol += 0.1) {
                        double vol = Math.exp(logVol);
                        double[] errors = roundTrip(right, 100 * moneyness, years, vol);
                        worstPrice = Math.max(worstPrice, errors[0]);
                        worstVol = Math.max(worstVol, errors[1]);
                    }
                }
            }
        }
        assertThat(worstPrice).isLessThanOrEqualTo(PRICE_TOLERANCE);
        assertThat(worstVol).isLessThanOrEqualTo(VOL_TOLERANCE);
    }

    @Test
    void test_roundTrip_extremeVolatilities() {
        for (Right right : Right.values()) {
            for (double strike : new double[] {30, 70, 99, 100, 101, 150, 300}) {
                for (double years : new double[] {ONE_MINUTE, 0.1, 1, 10}) {
                    for (double vol : new double[] {0.001, 0.002, 7, 10}) {
                        roundTrip(right, strike, years, vol);
                    }
                }
            }
        }
    }

    @Test
    void test_roundTrip_extremeMoneyness() {
        for (Right right : Right.values()) {
            for (double strike : new double[] {1e-3, 0.5, 5, 2000, 1e5}) {
                for (double vol : new double[] {0.05, 0.3, 1, 3}) {
                    roundTrip(right, strike, 1, vol);
                }
            }
        }
    }

    /**
     * Prices at {@code vol}, solves, reprices; returns the relative price error and the relative volatility error (the
     * latter zero where {@code κ <= 1e-4}). Asserts both tolerances and that the solver succeeded where the price is
     * representable.
     */
    private static double[] roundTrip(Right right, double strike, double years, double vol) {
        double forward = 100;
        double discountFactor = 0.97;
        double price = ImpliedVolatilitySolver.black76Price(right, forward, strike, years, vol, discountFactor);
        double timeValue = price - discountFactor * right.intrinsic(forward, strike);
        double upperBound = discountFactor * (right.isCall() ? forward : strike);
        if (timeValue < SMALLEST_PRICE || price >= upperBound) {
            // Not representable: the time value underflows, or the price rounds to its upper bound.
            return new double[2];
        }
        ImpliedVolatilityResult result =
                ImpliedVolatilitySolver.black76(right, price, forward, strike, years, discountFactor);
        String context = right + " K=" + strike + " T=" + years + " vol=" + vol + " price=" + price;
        assertThat(result.status()).as(context).isEqualTo(ImpliedVolatilityStatus.OK);

        double repriced = ImpliedVolatilitySolver.black76Price(
                right, forward, strike, years, result.volatility(), discountFactor);
        double priceError = Math.abs(repriced / price - 1);
        assertThat(priceError).as(context).isLessThanOrEqualTo(PRICE_TOLERANCE);

        double s = vol * Math.sqrt(years);
        double vega =
                discountFactor * Math.sqrt(forward * strike) * NormalisedBlack.vega(Math.log(forward / strike), s);
        double conditioning = vega * s / price;
        double volError = conditioning > 1e-4 ? Math.abs(result.volatility() / vol - 1) : 0;
        assertThat(volError).as(context).isLessThanOrEqualTo(VOL_TOLERANCE);
        return new double[] {priceError, volError};
    }

    @Test
    void test_black76_tinyDeepOutOfTheMoneyPrices() {
        for (double price : new double[] {1e-200, 1e-100, 1e-50, 1e-20}) {
            ImpliedVolatilityResult call = ImpliedVolatilitySolver.black76(Right.CALL, price, 100, 200, 1, 1);
            ImpliedVolatilityResult put = ImpliedVolatilitySolver.black76(Right.PUT, price, 100, 50, 1, 1);

            assertThat(call.isOk()).isTrue();
            assertThat(put.isOk()).isTrue();
            assertThat(ImpliedVolatilitySolver.black76Price(Right.CALL, 100, 200, 1, call.volatility(), 1))
                    .isCloseTo(price, within(PRICE_TOLERANCE * price));
            assertThat(ImpliedVolatilitySolver.black76Price(Right.PUT, 100, 50, 1, put.volatility(), 1))
                    .isCloseTo(price, within(PRICE_TOLERANCE * price));
        }
    }

    @Test
    void test_black76_callAndPutAgreeUnderParity() {
        double forward = 100;
        double strike = 120;
        double discountFactor = 0.95;
        double call = ImpliedVolatilitySolver.black76Price(Right.CALL, forward, strike, 0.5, 0.35, discountFactor);
        double put = call - discountFactor * (forward - strike);

        double callVol = ImpliedVolatilitySolver.black76(Right.CALL, call, forward, strike, 0.5, discountFactor)
                .volatility();
        double putVol = ImpliedVolatilitySolver.black76(Right.PUT, put, forward, strike, 0.5, discountFactor)
                .volatility();

        assertThat(callVol).isCloseTo(0.35, within(1e-13));
        assertThat(putVol).isCloseTo(0.35, within(1e-13));
    }

    @Test
    void test_black76_priceAtIntrinsic() {
        assertThat(ImpliedVolatilitySolver.black76(Right.CALL, 0.97 * 20, 120, 100, 1, 0.97))
                .isEqualTo(new ImpliedVolatilityResult(0.0, ImpliedVolatilityStatus.OK));
        assertThat(ImpliedVolatilitySolver.black76(Right.PUT, 0.0, 120, 100, 1, 0.97))
                .isEqualTo(new ImpliedVolatilityResult(0.0, ImpliedVolatilityStatus.OK));
    }

    @Test
    void test_black76_belowIntrinsic() {
        ImpliedVolatilityResult result = ImpliedVolatilitySolver.black76(Right.PUT, 19.9, 100, 120, 1, 1);

        assertThat(result.status()).isEqualTo(ImpliedVolatilityStatus.BELOW_INTRINSIC);
        assertThat(result.volatility()).isNaN();
        assertThat(result.isOk()).isFalse();
    }

    @Test
    void test_black76_atOrAboveUpperBound() {
        assertThat(ImpliedVolatilitySolver.black76(Right.CALL, 97, 100, 120, 1, 0.97)
                        .status())
                .isEqualTo(ImpliedVolatilityStatus.ABOVE_UPPER_BOUND);
        assertThat(ImpliedVolatilitySolver.black76(Right.PUT, 130, 100, 120, 1, 1)
                        .status())
                .isEqualTo(ImpliedVolatilityStatus.ABOVE_UPPER_BOUND);
    }

    @Test
    void test_black76_expired() {
        assertThat(ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, 100, 0, 1)
                        .status())
                .isEqualTo(ImpliedVolatilityStatus.EXPIRED);
        assertThat(ImpliedVolatilitySolver.blackScholesMerton(Right.PUT, 5, 100, 100, -0.1, 0.05, 0)
                        .status())
                .isEqualTo(ImpliedVolatilityStatus.EXPIRED);
    }

    @Test
    void test_black76_invalidInputs() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        ImpliedVolatilityResult[] results = {
            ImpliedVolatilitySolver.black76(Right.CALL, nan, 100, 100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, -1, 100, 100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, inf, 100, 100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 0, 100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, inf, 100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, -100, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, nan, 1, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, 100, nan, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, 100, inf, 1),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, 100, 1, 0),
            ImpliedVolatilitySolver.black76(Right.CALL, 5, 100, 100, 1, nan),
            ImpliedVolatilitySolver.black76(null, 5, 100, 100, 1, 1),
            ImpliedVolatilitySolver.blackScholesMerton(Right.CALL, 5, 0, 100, 1, 0.05, 0),
            ImpliedVolatilitySolver.blackScholesMerton(Right.CALL, 5, 100, 100, 1, nan, 0),
            ImpliedVolatilitySolver.blackScholesMerton(Right.CALL, 5, 100, 100, 1, 0.05, nan),
            ImpliedVolatilitySolver.blackScholesMerton(Right.CALL, 5, 100, 100, nan, 0.05, 0)
        };
        for (ImpliedVolatilityResult result : results) {
            assertThat(result.status()).isEqualTo(ImpliedVolatilityStatus.INVALID_INPUT);
            assertThat(result.volatility()).isNaN();
        }
    }

    @Test
    void test_blackScholesMerton_matchesBlack76OnTheForward() {
        double spot = 100;
        double years = 0.75;
        double rate = 0.07;
        double dividendYield = 0.02;
        double forward = spot * Math.exp((rate - dividendYield) * years);
        double discountFactor = Math.exp(-rate * years);
        double price = ImpliedVolatilitySolver.black76Price(Right.PUT, forward, 95, years, 0.27, discountFactor);

        ImpliedVolatilityResult bsm =
                ImpliedVolatilitySolver.blackScholesMerton(Right.PUT, price, spot, 95, years, rate, dividendYield);

        assertThat(bsm)
                .isEqualTo(ImpliedVolatilitySolver.black76(Right.PUT, price, forward, 95, years, discountFactor));
        assertThat(bsm.volatility()).isCloseTo(0.27, within(1e-13));
    }

    @Property(tries = 3000)
    void test_roundTrip_randomInputs(
            @ForAll Right right,
            @ForAll @DoubleRange(min = -1.2, max = 1.1) double logMoneyness,
            @ForAll @DoubleRange(min = -6.9, max = 2.3) double logVol,
            @ForAll @DoubleRange(min = -13.1, max = 2.3) double logYears) {
        roundTrip(right, 100 * Math.exp(logMoneyness), Math.exp(logYears), Math.exp(logVol));
    }

    @Property(tries = 3000)
    void test_black76_neverThrowsAndReportsNaNOnlyOnFailure(
            @ForAll Right right,
            @ForAll double price,
            @ForAll double forward,
            @ForAll double strike,
            @ForAll double yearsToExpiry,
            @ForAll double discountFactor) {
        ImpliedVolatilityResult result =
                ImpliedVolatilitySolver.black76(right, price, forward, strike, yearsToExpiry, discountFactor);

        if (result.isOk()) {
            assertThat(result.volatility()).isNotNaN().isGreaterThanOrEqualTo(0.0);
        } else {
            assertThat(result.volatility()).isNaN();
        }
    }

    @Test
    void test_black76_subnormalTimeValueStillSolves() {
        ImpliedVolatilityResult result = ImpliedVolatilitySolver.black76(Right.CALL, 1e-310, 100, 200, 1, 1);

        assertThat(result.isOk()).isTrue();
        assertThat(result.volatility()).isStrictlyBetween(0.0, 1.0);
    }

    /** Found by the property above: a time value that underflows against √(FK) must not come back OK with NaN. */
    @Test
    void test_black76_extremeInputsAreNotRepresentable() {
        ImpliedVolatilityResult result =
                ImpliedVolatilitySolver.black76(Right.PUT, 6.3e98, Double.MAX_VALUE, 1.5e221, 1.1e221, 3.1e157);

        assertThat(result.status()).isEqualTo(ImpliedVolatilityStatus.NOT_REPRESENTABLE);
        assertThat(result.volatility()).isNaN();
    }
}
