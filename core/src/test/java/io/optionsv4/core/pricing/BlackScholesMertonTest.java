package io.optionsv4.core.pricing;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.pricing.GreeksAssertions.BOUND_ROUNDING;
import static io.optionsv4.core.pricing.GreeksAssertions.DAYS_PER_YEAR;
import static io.optionsv4.core.pricing.GreeksAssertions.RATE_POINT;
import static io.optionsv4.core.pricing.GreeksAssertions.ROUNDING;
import static io.optionsv4.core.pricing.GreeksAssertions.assertAllFinite;
import static io.optionsv4.core.pricing.GreeksAssertions.assertGreeks;
import static io.optionsv4.core.pricing.GreeksAssertions.assertInvalid;
import static io.optionsv4.core.pricing.GreeksAssertions.assertMatchesFiniteDifferences;
import static io.optionsv4.core.pricing.GreeksAssertions.assertNoNaN;
import static io.optionsv4.core.pricing.GreeksAssertions.assertRelative;
import static io.optionsv4.core.pricing.GreeksAssertions.assertZeroVarianceMatchesFiniteDifferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Black–Scholes–Merton prices and Greeks.
 *
 * <p>Published reference values:
 *
 * <ul>
 *   <li>Hull, <i>Options, Futures and Other Derivatives</i>, example 15.6: S = 42, K = 40, r = 0.10, σ = 0.20, T = 0.5
 *       gives d1 = 0.7693, d2 = 0.6278, call 4.76 and put 0.81.
 *   <li>Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed., chapter 1, generalized
 *       Black–Scholes–Merton example: S = 75, K = 70, T = 0.5, r = 0.10, cost of carry b = 0.05 (so q = r − b = 0.05),
 *       σ = 0.35 gives put 4.0870.
 *   <li>Haug, 2nd ed., chapter 2 (Black–Scholes–Merton Greeks) worked examples: delta (S = 105, K = 100, T = 0.5, r =
 *       0.10, b = 0, σ = 0.36) call 0.5946, put −0.3566; gamma (S = 55, K = 60, T = 0.75, r = b = 0.10, σ = 0.30)
 *       0.0278; theta (S = 430, K = 405, T = 0.0833, r = 0.07, b = 0.02, σ = 0.20) put −31.1924 per year; rho (S = 72,
 *       K = 75, T = 1, r = b = 0.09, σ = 0.19) call 38.7325 per unit of rate.
 * </ul>
 *
 * <p>Values asserted beyond the published digits were computed independently with Python mpmath 1.3.0 at 40–50
 * significant digits: prices from the closed form with {@code mpmath.ncdf}, and every Greek by {@code mpmath.diff}
 * (high-precision numerical differentiation) of that price, not from the closed-form Greeks tested here.
 */
class BlackScholesMertonTest {

    /** Hull quotes prices to the cent. */
    private static final double HULL_PUBLISHED = 0.005;
    /** Haug quotes four decimals. */
    private static final double HAUG_PUBLISHED = 0.00005;
    /** Put–call parity, relative to the larger present value. */
    private static final double PARITY_RELATIVE = 1e-12;
    /** Vol recovered by {@link ImpliedVolatilitySolver} from a price of this class, relative. */
    private static final double ROUND_TRIP_RELATIVE = 1e-9;
    /** Far out of the money the price is a difference of two nearly equal tail terms, which costs a few digits. */
    private static final double DEEP_OUT_OF_THE_MONEY_RELATIVE = 1e-10;

    // --- published references ------------------------------------------------------------------------------------

    @Test
    void test_price_hullExample15_6() {
        assertThat(BlackScholesMerton.price(CALL, 42, 40, 0.5, 0.20, 0.10, 0)).isCloseTo(4.76, within(HULL_PUBLISHED));
        assertThat(BlackScholesMerton.price(PUT, 42, 40, 0.5, 0.20, 0.10, 0)).isCloseTo(0.81, within(HULL_PUBLISHED));
    }

    @Test
    void test_price_hullExample15_6_highPrecision() {
        assertRelative(BlackScholesMerton.price(CALL, 42, 40, 0.5, 0.20, 0.10, 0), 4.7594223928715334);
        assertRelative(BlackScholesMerton.price(PUT, 42, 40, 0.5, 0.20, 0.10, 0), 0.80859937290009365);
    }

    @Test
    void test_price_haugGeneralizedExample() {
        double put = BlackScholesMerton.price(PUT, 75, 70, 0.5, 0.35, 0.10, 0.05);
        assertThat(put).isCloseTo(4.0870, within(HAUG_PUBLISHED));
        assertRelative(put, 4.0869538286353533);
    }

    @Test
    void test_greeks_haugChapter2Examples() {
        assertThat(BlackScholesMerton.greeks(CALL, 105, 100, 0.5, 0.36, 0.10, 0.10)
                        .delta())
                .isCloseTo(0.5946, within(HAUG_PUBLISHED));
        assertThat(BlackScholesMerton.greeks(PUT, 105, 100, 0.5, 0.36, 0.10, 0.10)
                        .delta())
                .isCloseTo(-0.3566, within(HAUG_PUBLISHED));
        assertThat(BlackScholesMerton.greeks(CALL, 55, 60, 0.75, 0.30, 0.10, 0).gamma())
                .isCloseTo(0.0278, within(HAUG_PUBLISHED));
        double thetaPerYear = BlackScholesMerton.greeks(PUT, 430, 405, 0.0833, 0.20, 0.07, 0.05)
                        .theta()
                * DAYS_PER_YEAR;
        assertThat(thetaPerYear).isCloseTo(-31.1924, within(HAUG_PUBLISHED));
        double rhoPerUnitRate =
                BlackScholesMerton.greeks(CALL, 72, 75, 1, 0.19, 0.09, 0).rho() / RATE_POINT;
        assertThat(rhoPerUnitRate).isCloseTo(38.7325, within(HAUG_PUBLISHED));
    }

    /** S = 100, K = 95, T = 0.3, σ = 0.25, r = 0.07, q = 0.02; mpmath closed-form price and mpmath.diff Greeks. */
    @Test
    void test_greeks_matchHighPrecisionReference_call() {
        assertGreeks(
                BlackScholesMerton.greeks(CALL, 100, 95, 0.3, 0.25, 0.07, 0.02),
                new Greeks(
                        9.0423260467109843,
                        0.70548674240989871,
                        0.024859556244071659,
                        0.18644667183053745,
                        -0.029213923876855118,
                        0.18451904458283666,
                        -0.005659854162575763,
                        0.0017130860438575445,
                        0.00034421701479953371));
    }

    /** As for the call; gamma, vega, vanna and volga are the same for both rights. */
    @Test
    void test_greeks_matchHighPrecisionReference_put() {
        assertGreeks(
                BlackScholesMerton.greeks(PUT, 100, 95, 0.3, 0.25, 0.07, 0.02),
                new Greeks(
                        2.6663312754161187,
                        -0.28853122164403656,
                        0.024859556244071659,
                        0.18644667183053745,
                        -0.016820032955542692,
                        -0.094558360319459323,
                        -0.005659854162575763,
                        0.0017130860438575445,
                        0.00028975027704315369));
    }

    // --- identities -----------------------------------------------------------------------------------------------

    @Test
    void test_price_putCallParity() {
        for (double spot : new double[] {50, 90, 100, 110, 200}) {
            for (double years : new double[] {1.0 / 365, 0.1, 1, 5}) {
                for (double vol : new double[] {0.05, 0.2, 0.8}) {
                    for (double rate : new double[] {-0.01, 0, 0.065}) {
                        double call = BlackScholesMerton.price(CALL, spot, 100, years, vol, rate, 0.015);
                        double put = BlackScholesMerton.price(PUT, spot, 100, years, vol, rate, 0.015);
                        double pvSpot = spot * Math.exp(-0.015 * years);
                        double pvStrike = 100 * Math.exp(-rate * years);
                        assertThat(call - put)
                                .as("S=%s T=%s vol=%s r=%s", spot, years, vol, rate)
                                .isCloseTo(pvSpot - pvStrike, within(PARITY_RELATIVE * Math.max(pvSpot, pvStrike)));
                    }
                }
            }
        }
    }

    @Test
    void test_greeks_priceEqualsPrice() {
        for (Right right : Right.values()) {
            for (double spot : new double[] {0, 60, 100, 140}) {
                assertThat(BlackScholesMerton.greeks(right, spot, 100, 0.4, 0.3, 0.06, 0.01)
                                .price())
                        .isEqualTo(BlackScholesMerton.price(right, spot, 100, 0.4, 0.3, 0.06, 0.01));
            }
        }
    }

    static Stream<Arguments> finiteDifferenceCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Right right : Right.values()) {
            for (double spot : new double[] {80, 100, 125}) {
                for (double years : new double[] {0.02, 0.5, 2}) {
                    for (double vol : new double[] {0.1, 0.45}) {
                        cases.add(Arguments.of(right, spot, years, vol));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Every Greek against a central difference of {@link BlackScholesMerton#price} with K = 100, q = 0.02. */
    @ParameterizedTest
    @MethodSource("finiteDifferenceCases")
    void test_greeks_matchFiniteDifferences(Right right, double spot, double years, double vol) {
        Greeks greeks = BlackScholesMerton.greeks(right, spot, 100, years, vol, 0.07, 0.02);
        assertMatchesFiniteDifferences(
                greeks,
                (s, t, sigma, r) -> BlackScholesMerton.price(right, s, 100, t, sigma, r, 0.02),
                spot,
                years,
                vol,
                0.07);
    }

    /**
     * Cases whose time value is representable next to the intrinsic value (far in the money with little variance the
     * price rounds to the intrinsic value and no vol can be recovered).
     */
    static Stream<Arguments> roundTripCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Right right : Right.values()) {
            for (double spot : new double[] {95, 100, 105}) {
                for (double years : new double[] {0.02, 0.5, 2}) {
                    for (double vol : new double[] {0.1, 0.45}) {
                        cases.add(Arguments.of(right, spot, years, vol));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** price → implied vol → the same vol, with the solver developed independently on branch iv. */
    @ParameterizedTest
    @MethodSource("roundTripCases")
    void test_price_roundTripsThroughImpliedVolatility(Right right, double spot, double years, double vol) {
        double price = BlackScholesMerton.price(right, spot, 100, years, vol, 0.07, 0.02);
        ImpliedVolatilityResult implied =
                ImpliedVolatilitySolver.blackScholesMerton(right, price, spot, 100, years, 0.07, 0.02);
        assertThat(implied.isOk()).as("%s", implied).isTrue();
        assertThat(implied.volatility()).isCloseTo(vol, within(ROUND_TRIP_RELATIVE * vol));
    }

    // --- edge cases -----------------------------------------------------------------------------------------------

    @Test
    void test_greeks_atExpiry() {
        assertThat(BlackScholesMerton.greeks(CALL, 105, 100, 0, 0.3, 0.07, 0.02))
                .isEqualTo(new Greeks(5, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(BlackScholesMerton.greeks(PUT, 105, 100, 0, 0.3, 0.07, 0.02))
                .isEqualTo(new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(BlackScholesMerton.greeks(PUT, 96, 100, 0, 0.3, 0.07, 0.02))
                .isEqualTo(new Greeks(4, -1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(BlackScholesMerton.price(CALL, 105, 100, 0, 0.3, 0.07, 0.02)).isEqualTo(5);
    }

    @Test
    void test_greeks_atExpiryExactlyAtTheMoney_halfDelta() {
        assertThat(BlackScholesMerton.greeks(CALL, 100, 100, 0, 0.3, 0.07, 0.02))
                .isEqualTo(new Greeks(0, 0.5, 0, 0, 0, 0, 0, 0, 0));
        assertThat(BlackScholesMerton.greeks(PUT, 100, 100, 0, 0, 0.07, 0.02))
                .isEqualTo(new Greeks(0, -0.5, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void test_greeks_zeroVol_discountedIntrinsicOfForward() {
        double years = 0.5;
        double dividendDiscount = Math.exp(-0.02 * years);
        double pvStrike = 95 * Math.exp(-0.07 * years);
        Greeks call = BlackScholesMerton.greeks(CALL, 100, 95, years, 0, 0.07, 0.02);
        assertThat(call.price()).isCloseTo(100 * dividendDiscount - pvStrike, within(ROUNDING));
        assertThat(call.delta()).isCloseTo(dividendDiscount, within(ROUNDING));
        assertZeroVarianceMatchesFiniteDifferences(
                call, (s, t, sigma, r) -> BlackScholesMerton.price(CALL, s, 95, t, sigma, r, 0.02), 100, years, 0.07);
        assertThat(BlackScholesMerton.greeks(PUT, 100, 95, years, 0, 0.07, 0.02))
                .isEqualTo(new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void test_greeks_zeroVolAtTheMoneyForward_halfDiscountedDelta() {
        // r == q and S == K: the forward equals the strike.
        Greeks call = BlackScholesMerton.greeks(CALL, 100, 100, 0.25, 0, 0.05, 0.05);
        assertThat(call.price()).isZero();
        assertThat(call.delta()).isEqualTo(0.5 * Math.exp(-0.05 * 0.25));
        Greeks put = BlackScholesMerton.greeks(PUT, 100, 100, 0.25, 0, 0.05, 0.05);
        assertThat(put.delta()).isEqualTo(-0.5 * Math.exp(-0.05 * 0.25));
    }

    @Test
    void test_greeks_varianceUnderflow_treatedAsZeroVol() {
        Greeks greeks = BlackScholesMerton.greeks(CALL, 100, 90, 1e-300, 1e-200, 0.05, 0);
        assertThat(greeks.price()).isCloseTo(10, within(ROUNDING));
        assertThat(greeks.delta()).isEqualTo(1);
        assertAllFinite(greeks, "variance underflow");
    }

    @Test
    void test_greeks_extremeInputs_neverNaN() {
        double[] spots = {0, Double.MIN_VALUE, 1e-300, 1e-6, 1, 100, 1e6, 1e15};
        double[] strikes = {Double.MIN_VALUE, 1e-6, 1, 100, 1e9};
        double[] years = {0, Double.MIN_VALUE, 1e-300, 1e-12, 1e-3, 1, 50};
        double[] vols = {0, 1e-300, 1e-8, 0.2, 5, 1e3, 1e200};
        for (Right right : Right.values()) {
            for (double spot : spots) {
                for (double strike : strikes) {
                    for (double t : years) {
                        for (double vol : vols) {
                            for (double rate : new double[] {-0.05, 0, 0.1}) {
                                String label = right + " S=" + spot + " K=" + strike + " T=" + t + " vol=" + vol + " r="
                                        + rate;
                                Greeks greeks = BlackScholesMerton.greeks(right, spot, strike, t, vol, rate, 0.03);
                                assertNoNaN(greeks, label);
                                assertThat(greeks.price()).as(label).isFinite();
                                assertThat(greeks.price()).as(label).isGreaterThanOrEqualTo(0);
                                double bound =
                                        right.isCall() ? spot * Math.exp(-0.03 * t) : strike * Math.exp(-rate * t);
                                assertThat(greeks.price()).as(label).isLessThanOrEqualTo(bound * (1 + BOUND_ROUNDING));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Tiny prices keep their relative accuracy (the normal CDF is evaluated in the lower tail for both terms), which
     * the implied volatility of far out-of-the-money quotes depends on. References: mpmath closed form at 50 digits.
     */
    @Test
    void test_price_deepOutOfTheMoney_keepsRelativeAccuracy() {
        assertThat(BlackScholesMerton.price(CALL, 100, 200, 0.1, 0.2, 0.05, 0))
                .isCloseTo(5.752080410270944e-28, within(DEEP_OUT_OF_THE_MONEY_RELATIVE * 5.752080410270944e-28));
        assertThat(BlackScholesMerton.price(CALL, 100, 130, 0.05, 0.15, 0.07, 0.01))
                .isCloseTo(2.5166407655628262e-15, within(DEEP_OUT_OF_THE_MONEY_RELATIVE * 2.5166407655628262e-15));
        assertThat(BlackScholesMerton.price(PUT, 100, 60, 0.25, 0.2, 0.07, 0))
                .isCloseTo(8.6458502516048879e-8, within(DEEP_OUT_OF_THE_MONEY_RELATIVE * 8.6458502516048879e-8));
        // A NIFTY weekly call 2 500 points out of the money with 7 days left.
        assertThat(BlackScholesMerton.price(CALL, 24_000, 26_500, 7 / 365.0, 0.12, 0.065, 0))
                .isCloseTo(1.3214329071699078e-7, within(DEEP_OUT_OF_THE_MONEY_RELATIVE * 1.3214329071699078e-7));
    }

    @Test
    void test_greeks_deepInTheMoney_priceIsDiscountedIntrinsic() {
        Greeks call = BlackScholesMerton.greeks(CALL, 1000, 100, 0.5, 0.2, 0.07, 0.02);
        assertRelative(call.price(), 1000 * Math.exp(-0.01) - 100 * Math.exp(-0.035));
        assertThat(call.gamma()).isBetween(0.0, 1e-50);
        Greeks put = BlackScholesMerton.greeks(PUT, 10, 100, 0.5, 0.2, 0.07, 0.02);
        assertRelative(put.price(), 100 * Math.exp(-0.035) - 10 * Math.exp(-0.01));
        assertThat(put.delta()).isCloseTo(-Math.exp(-0.01), within(ROUNDING));
    }

    // --- invalid input --------------------------------------------------------------------------------------------

    @Test
    void test_price_invalidArguments_namedInMessage() {
        assertInvalid(() -> BlackScholesMerton.price(null, 100, 100, 1, 0.2, 0.05, 0), "right");
        assertInvalid(() -> BlackScholesMerton.price(CALL, -1, 100, 1, 0.2, 0.05, 0), "spot", "-1.0");
        assertInvalid(() -> BlackScholesMerton.price(CALL, Double.NaN, 100, 1, 0.2, 0.05, 0), "spot", "NaN");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, 0, 1, 0.2, 0.05, 0), "strike", "0.0");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, -5, 1, 0.2, 0.05, 0), "strike", "-5.0");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, 100, -0.1, 0.2, 0.05, 0), "yearsToExpiry", "-0.1");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, 100, 1, -0.2, 0.05, 0), "annualVol", "-0.2");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, 100, 1, Double.NaN, 0.05, 0), "annualVol", "NaN");
        assertInvalid(() -> BlackScholesMerton.price(CALL, 100, 100, 1, 0.2, Double.NaN, 0), "rate", "NaN");
        assertInvalid(
                () -> BlackScholesMerton.price(CALL, 100, 100, 1, 0.2, 0.05, Double.POSITIVE_INFINITY),
                "dividendYield",
                "Infinity");
    }

    @Test
    void test_greeks_discountFactorOverflow_rejected() {
        assertInvalid(() -> BlackScholesMerton.greeks(CALL, 100, 100, 20, 0.2, -40, 0), "rate", "-40.0");
        assertInvalid(() -> BlackScholesMerton.price(PUT, 100, 100, 20, 0.2, 0.05, -40), "dividendYield", "-40.0");
    }

    @Test
    void test_priceGrid_invalidArguments_sameMessagesAsPrice() {
        double[] spots = {90, 100};
        double[] out = new double[2];
        assertSameFailure(
                () -> BlackScholesMerton.priceGrid(null, spots, 100, 1, 0.2, 0.05, 0, out),
                () -> BlackScholesMerton.price(null, 100, 100, 1, 0.2, 0.05, 0));
        for (double strike : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertSameFailure(
                    () -> BlackScholesMerton.priceGrid(CALL, spots, strike, 1, 0.2, 0.05, 0, out),
                    () -> BlackScholesMerton.price(CALL, 100, strike, 1, 0.2, 0.05, 0));
        }
        for (double years : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertSameFailure(
                    () -> BlackScholesMerton.priceGrid(CALL, spots, 100, years, 0.2, 0.05, 0, out),
                    () -> BlackScholesMerton.price(CALL, 100, 100, years, 0.2, 0.05, 0));
        }
        for (double vol : new double[] {-0.2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertSameFailure(
                    () -> BlackScholesMerton.priceGrid(PUT, spots, 100, 1, vol, 0.05, 0, out),
                    () -> BlackScholesMerton.price(PUT, 100, 100, 1, vol, 0.05, 0));
        }
        assertSameFailure(
                () -> BlackScholesMerton.priceGrid(CALL, spots, 100, 1, 0.2, Double.NaN, 0, out),
                () -> BlackScholesMerton.price(CALL, 100, 100, 1, 0.2, Double.NaN, 0));
        assertSameFailure(
                () -> BlackScholesMerton.priceGrid(CALL, spots, 100, 1, 0.2, 0.05, Double.POSITIVE_INFINITY, out),
                () -> BlackScholesMerton.price(CALL, 100, 100, 1, 0.2, 0.05, Double.POSITIVE_INFINITY));
        assertSameFailure(
                () -> BlackScholesMerton.priceGrid(CALL, spots, 100, 20, 0.2, -40, 0, out),
                () -> BlackScholesMerton.price(CALL, 100, 100, 20, 0.2, -40, 0));
        assertSameFailure(
                () -> BlackScholesMerton.priceGrid(PUT, spots, 100, 20, 0.2, 0.05, -40, out),
                () -> BlackScholesMerton.price(PUT, 100, 100, 20, 0.2, 0.05, -40));
    }

    @Test
    void test_priceGrid_invalidSpotsOrArrays_namedInMessage() {
        double[] out = new double[3];
        assertInvalid(
                () -> BlackScholesMerton.priceGrid(CALL, new double[] {100, -1, 90}, 100, 1, 0.2, 0.05, 0, out),
                "spots[1] must be a finite number >= 0 but was -1.0");
        assertInvalid(
                () -> BlackScholesMerton.priceGrid(CALL, new double[] {Double.NaN}, 100, 1, 0.2, 0.05, 0, out),
                "spots[0]",
                "NaN");
        assertInvalid(
                () -> BlackScholesMerton.priceGrid(
                        PUT, new double[] {1, 2, Double.POSITIVE_INFINITY}, 100, 1, 0.2, 0.05, 0, out),
                "spots[2]",
                "Infinity");
        assertInvalid(
                () -> BlackScholesMerton.priceGrid(CALL, new double[] {1, 2}, 100, 1, 0.2, 0.05, 0, new double[1]),
                "out must hold 2 prices but has 1");
        assertInvalid(() -> BlackScholesMerton.priceGrid(CALL, null, 100, 1, 0.2, 0.05, 0, out), "spots");
        assertInvalid(() -> BlackScholesMerton.priceGrid(CALL, new double[1], 100, 1, 0.2, 0.05, 0, null), "out");
    }

    /** Asserts that {@code grid} throws the {@link IllegalArgumentException} {@code single} throws, same message. */
    private static void assertSameFailure(ThrowingCallable grid, ThrowingCallable single) {
        IllegalArgumentException expected = catchIllegalArgumentException(single);
        assertThat(expected).as("price throws").isNotNull();
        assertThatIllegalArgumentException().isThrownBy(grid).withMessage(expected.getMessage());
    }

    @Test
    void test_greeks_invalidArguments_namedInMessage() {
        assertInvalid(() -> BlackScholesMerton.greeks(CALL, 100, 100, Double.NaN, 0.2, 0.05, 0), "yearsToExpiry");
        assertInvalid(() -> BlackScholesMerton.greeks(PUT, 100, Double.NaN, 1, 0.2, 0.05, 0), "strike");
        assertInvalid(() -> BlackScholesMerton.greeks(PUT, Double.POSITIVE_INFINITY, 100, 1, 0.2, 0.05, 0), "spot");
    }
}
