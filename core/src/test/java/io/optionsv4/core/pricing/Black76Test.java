package io.optionsv4.core.pricing;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.pricing.GreeksAssertions.BOUND_ROUNDING;
import static io.optionsv4.core.pricing.GreeksAssertions.DAYS_PER_YEAR;
import static io.optionsv4.core.pricing.GreeksAssertions.RATE_POINT;
import static io.optionsv4.core.pricing.GreeksAssertions.ROUNDING;
import static io.optionsv4.core.pricing.GreeksAssertions.assertGreeks;
import static io.optionsv4.core.pricing.GreeksAssertions.assertInvalid;
import static io.optionsv4.core.pricing.GreeksAssertions.assertMatchesFiniteDifferences;
import static io.optionsv4.core.pricing.GreeksAssertions.assertNoNaN;
import static io.optionsv4.core.pricing.GreeksAssertions.assertRelative;
import static io.optionsv4.core.pricing.GreeksAssertions.assertZeroVarianceMatchesFiniteDifferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Black-76 prices and Greeks, and their agreement with Black–Scholes–Merton.
 *
 * <p>Published reference value: Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed., chapter 1,
 * Black-76 example: F = 19, K = 19, T = 0.75, r = 0.10, σ = 0.28 gives call = put = 1.7011.
 *
 * <p>Values asserted beyond the published digits were computed independently with Python mpmath 1.3.0 at 40 significant
 * digits: the price {@code e^{−rT}·φ·(F·N(φ·d1) − K·N(φ·d2))} with {@code mpmath.ncdf}, and every Greek by
 * {@code mpmath.diff} of that price in F, σ, T and r (theta and charm with r fixed, so the discount factor rolls), not
 * from the closed-form Greeks tested here.
 */
class Black76Test {

    /** Haug quotes four decimals. */
    private static final double HAUG_PUBLISHED = 0.00005;
    /** Put–call parity, relative to the larger present value. */
    private static final double PARITY_RELATIVE = 1e-12;
    /** Vol recovered by {@link ImpliedVolatilitySolver} from a price of this class, relative. */
    private static final double ROUND_TRIP_RELATIVE = 1e-9;
    /** Black-76 on the forward against BSM on the spot: same numbers through different roundings. */
    private static final double MODEL_AGREEMENT_RELATIVE = 1e-10;

    // --- published references ------------------------------------------------------------------------------------

    @Test
    void test_price_haugBlack76Example() {
        double discountFactor = Math.exp(-0.10 * 0.75);
        double call = Black76.price(CALL, 19, 19, 0.75, 0.28, discountFactor);
        double put = Black76.price(PUT, 19, 19, 0.75, 0.28, discountFactor);
        assertThat(call).isCloseTo(1.7011, within(HAUG_PUBLISHED));
        assertThat(put).isCloseTo(1.7011, within(HAUG_PUBLISHED));
        assertRelative(call, 1.7010507252362673);
        assertRelative(put, 1.7010507252362673);
    }

    /** F = 105, K = 100, T = 0.5, σ = 0.30, r = 0.06 (DF = e^{−0.03}); mpmath closed-form price and mpmath.diff. */
    @Test
    void test_greeks_matchHighPrecisionReference_call() {
        assertGreeks(
                Black76.greeks(CALL, 105, 100, 0.5, 0.30, Math.exp(-0.03)),
                new Greeks(
                        11.048784800196538,
                        0.6129228171831916,
                        0.016427108524915322,
                        0.27166330723078714,
                        -0.020512252407977594,
                        -0.055243924000982688,
                        -0.0015115498298218493,
                        0.00037715522431396825,
                        0.00022499140801547116));
    }

    /** As for the call; gamma, vega, vanna and volga are the same for both rights. */
    @Test
    void test_greeks_matchHighPrecisionReference_put() {
        assertGreeks(
                Black76.greeks(PUT, 105, 100, 0.5, 0.30, Math.exp(-0.03)),
                new Greeks(
                        6.1965571324539967,
                        -0.35752271636531658,
                        0.016427108524915322,
                        0.27166330723078714,
                        -0.021309878873907875,
                        -0.030982785662269984,
                        -0.0015115498298218493,
                        0.00037715522431396825,
                        6.5466114829415026e-5));
    }

    // --- identities -----------------------------------------------------------------------------------------------

    @Test
    void test_price_putCallParity() {
        for (double forward : new double[] {50, 90, 100, 110, 200}) {
            for (double years : new double[] {1.0 / 365, 0.1, 1, 5}) {
                for (double vol : new double[] {0.05, 0.2, 0.8}) {
                    for (double discountFactor : new double[] {0.8, 0.97, 1, 1.01}) {
                        double call = Black76.price(CALL, forward, 100, years, vol, discountFactor);
                        double put = Black76.price(PUT, forward, 100, years, vol, discountFactor);
                        double pvForward = discountFactor * forward;
                        double pvStrike = discountFactor * 100;
                        assertThat(call - put)
                                .as("F=%s T=%s vol=%s DF=%s", forward, years, vol, discountFactor)
                                .isCloseTo(
                                        pvForward - pvStrike, within(PARITY_RELATIVE * Math.max(pvForward, pvStrike)));
                    }
                }
            }
        }
    }

    @Test
    void test_greeks_priceEqualsPrice() {
        for (Right right : Right.values()) {
            for (double forward : new double[] {0, 60, 100, 140}) {
                assertThat(Black76.greeks(right, forward, 100, 0.4, 0.3, 0.98).price())
                        .isEqualTo(Black76.price(right, forward, 100, 0.4, 0.3, 0.98));
            }
        }
    }

    static Stream<Arguments> finiteDifferenceCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Right right : Right.values()) {
            for (double forward : new double[] {80, 100, 125}) {
                for (double years : new double[] {0.02, 0.5, 2}) {
                    for (double vol : new double[] {0.1, 0.45}) {
                        cases.add(Arguments.of(right, forward, years, vol));
                    }
                }
            }
        }
        return cases.stream();
    }

    /**
     * Every Greek against a central difference of {@link Black76#price} with K = 100 and r = 0.07, the discount factor
     * recomputed as {@code e^{−rT}} for every bump of r or T (the documented convention: r fixed as time passes).
     */
    @ParameterizedTest
    @MethodSource("finiteDifferenceCases")
    void test_greeks_matchFiniteDifferences(Right right, double forward, double years, double vol) {
        double rate = 0.07;
        Greeks greeks = Black76.greeks(right, forward, 100, years, vol, Math.exp(-rate * years));
        assertMatchesFiniteDifferences(
                greeks,
                (f, t, sigma, r) -> Black76.price(right, f, 100, t, sigma, Math.exp(-r * t)),
                forward,
                years,
                vol,
                rate);
    }

    /**
     * With {@code F = S·e^{(r−q)T}} and {@code DF = e^{−rT}} both models give the same price, and their Greeks are
     * related by the chain rule: {@code ∂F/∂S = F/S}, {@code ∂F/∂T = (r − q)·F} and {@code ∂F/∂r = T·F} (BSM holds
     * the spot fixed, Black-76 the forward).
     */
    @ParameterizedTest
    @MethodSource("finiteDifferenceCases")
    void test_greeks_agreeWithBlackScholesMertonOnTheForward(Right right, double spot, double years, double vol) {
        double rate = 0.07;
        double dividendYield = 0.02;
        double carry = rate - dividendYield;
        double growth = Math.exp(carry * years);
        double forward = spot * growth;
        Greeks bsm = BlackScholesMerton.greeks(right, spot, 100, years, vol, rate, dividendYield);
        Greeks b76 = Black76.greeks(right, forward, 100, years, vol, Math.exp(-rate * years));

        assertAgree("price", bsm.price(), b76.price());
        assertAgree("delta", bsm.delta(), b76.delta() * growth);
        assertAgree("gamma", bsm.gamma(), b76.gamma() * growth * growth);
        assertAgree("vega", bsm.vega(), b76.vega());
        assertAgree("vanna", bsm.vanna(), b76.vanna() * growth);
        assertAgree("volga", bsm.volga(), b76.volga());
        assertAgree("rho", bsm.rho(), b76.rho() + b76.delta() * forward * years * RATE_POINT);
        assertAgree("theta", bsm.theta(), b76.theta() - b76.delta() * forward * carry / DAYS_PER_YEAR);
        double charm = b76.charm() * growth
                - (b76.gamma() * forward * carry * growth + b76.delta() * carry * growth) / DAYS_PER_YEAR;
        assertAgree("charm", bsm.charm(), charm);
    }

    /**
     * Cases whose time value is representable next to the intrinsic value (far in the money with little variance the
     * price rounds to the intrinsic value and no vol can be recovered).
     */
    static Stream<Arguments> roundTripCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Right right : Right.values()) {
            for (double forward : new double[] {95, 100, 105}) {
                for (double years : new double[] {0.02, 0.5, 2}) {
                    for (double vol : new double[] {0.1, 0.45}) {
                        cases.add(Arguments.of(right, forward, years, vol));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** price → implied vol → the same vol, with the solver developed independently on branch iv. */
    @ParameterizedTest
    @MethodSource("roundTripCases")
    void test_price_roundTripsThroughImpliedVolatility(Right right, double forward, double years, double vol) {
        double discountFactor = Math.exp(-0.07 * years);
        double price = Black76.price(right, forward, 100, years, vol, discountFactor);
        ImpliedVolatilityResult implied =
                ImpliedVolatilitySolver.black76(right, price, forward, 100, years, discountFactor);
        assertThat(implied.isOk()).as("%s", implied).isTrue();
        assertThat(implied.volatility()).isCloseTo(vol, within(ROUND_TRIP_RELATIVE * vol));
    }

    // --- edge cases -----------------------------------------------------------------------------------------------

    @Test
    void test_greeks_atExpiry() {
        assertThat(Black76.greeks(CALL, 105, 100, 0, 0.3, 1)).isEqualTo(new Greeks(5, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(Black76.greeks(PUT, 105, 100, 0, 0.3, 1)).isEqualTo(new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(Black76.greeks(PUT, 96, 100, 0, 0.3, 1)).isEqualTo(new Greeks(4, -1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(Black76.price(PUT, 96, 100, 0, 0.3, 1)).isEqualTo(4);
    }

    @Test
    void test_greeks_atExpiryExactlyAtTheMoney_halfDelta() {
        assertThat(Black76.greeks(CALL, 100, 100, 0, 0.3, 1)).isEqualTo(new Greeks(0, 0.5, 0, 0, 0, 0, 0, 0, 0));
        assertThat(Black76.greeks(PUT, 100, 100, 0, 0, 1)).isEqualTo(new Greeks(0, -0.5, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void test_greeks_zeroVol_discountedIntrinsicOfForward() {
        double years = 0.5;
        double rate = 0.07;
        double discountFactor = Math.exp(-rate * years);
        Greeks put = Black76.greeks(PUT, 90, 100, years, 0, discountFactor);
        assertThat(put.price()).isCloseTo(discountFactor * 10, within(ROUNDING));
        assertThat(put.delta()).isEqualTo(-discountFactor);
        assertZeroVarianceMatchesFiniteDifferences(
                put, (f, t, sigma, r) -> Black76.price(PUT, f, 100, t, sigma, Math.exp(-r * t)), 90, years, rate);
        assertThat(Black76.greeks(CALL, 90, 100, years, 0, discountFactor))
                .isEqualTo(new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void test_greeks_zeroVolAtTheMoney_halfDiscountedDelta() {
        Greeks call = Black76.greeks(CALL, 100, 100, 0.25, 0, 0.99);
        assertThat(call.price()).isZero();
        assertThat(call.delta()).isEqualTo(0.495);
        assertThat(Black76.greeks(PUT, 100, 100, 0.25, 0, 0.99).delta()).isEqualTo(-0.495);
    }

    @Test
    void test_greeks_extremeInputs_neverNaN() {
        double[] forwards = {0, Double.MIN_VALUE, 1e-300, 1e-6, 1, 100, 1e6, 1e15};
        double[] strikes = {Double.MIN_VALUE, 1e-6, 1, 100, 1e9};
        double[] years = {0, Double.MIN_VALUE, 1e-300, 1e-12, 1e-3, 1, 50};
        double[] vols = {0, 1e-300, 1e-8, 0.2, 5, 1e3, 1e200};
        for (Right right : Right.values()) {
            for (double forward : forwards) {
                for (double strike : strikes) {
                    for (double t : years) {
                        for (double vol : vols) {
                            for (double discountFactor : new double[] {1e-10, 0.9, 1, 1.05}) {
                                String label = right + " F=" + forward + " K=" + strike + " T=" + t + " vol=" + vol
                                        + " DF=" + discountFactor;
                                Greeks greeks = Black76.greeks(right, forward, strike, t, vol, discountFactor);
                                assertNoNaN(greeks, label);
                                assertThat(greeks.price()).as(label).isFinite().isGreaterThanOrEqualTo(0);
                                double bound = discountFactor * (right.isCall() ? forward : strike);
                                assertThat(greeks.price()).as(label).isLessThanOrEqualTo(bound * (1 + BOUND_ROUNDING));
                            }
                        }
                    }
                }
            }
        }
    }

    // --- invalid input --------------------------------------------------------------------------------------------

    @Test
    void test_price_invalidArguments_namedInMessage() {
        assertInvalid(() -> Black76.price(null, 100, 100, 1, 0.2, 0.95), "right");
        assertInvalid(() -> Black76.price(CALL, -1, 100, 1, 0.2, 0.95), "forward", "-1.0");
        assertInvalid(() -> Black76.price(CALL, Double.NaN, 100, 1, 0.2, 0.95), "forward", "NaN");
        assertInvalid(() -> Black76.price(CALL, 100, 0, 1, 0.2, 0.95), "strike", "0.0");
        assertInvalid(() -> Black76.price(CALL, 100, 100, -1, 0.2, 0.95), "yearsToExpiry", "-1.0");
        assertInvalid(() -> Black76.price(CALL, 100, 100, 1, -0.01, 0.95), "annualVol", "-0.01");
        assertInvalid(() -> Black76.price(CALL, 100, 100, 1, 0.2, 0), "discountFactor", "0.0");
        assertInvalid(() -> Black76.price(CALL, 100, 100, 1, 0.2, Double.NaN), "discountFactor", "NaN");
    }

    @Test
    void test_greeks_invalidArguments_namedInMessage() {
        assertInvalid(() -> Black76.greeks(PUT, 100, 100, 1, 0.2, Double.POSITIVE_INFINITY), "discountFactor");
        assertInvalid(() -> Black76.greeks(PUT, 100, -100, 1, 0.2, 0.95), "strike", "-100.0");
        assertInvalid(() -> Black76.greeks(PUT, 100, 100, Double.NaN, 0.2, 0.95), "yearsToExpiry", "NaN");
    }

    private static void assertAgree(String what, double bsm, double black76) {
        assertThat(bsm)
                .as(what)
                .isCloseTo(black76, within(MODEL_AGREEMENT_RELATIVE * Math.abs(bsm) + Double.MIN_NORMAL));
    }

    /** The grid entry gives {@code price} bit for bit at every forward and volatility, zeros and expiry included. */
    @Test
    void test_priceGrid_equalsPriceAtEveryPoint() {
        double[] forwards = {0, 0.5, 80, 99.99, 100, 100.01, 125, 1e6};
        double[] vols = {0, 1e-320, 0.01, 0.2, 0.9, 4};
        for (Right right : Right.values()) {
            for (double years : new double[] {0, 1e-9, 0.02, 1, 30}) {
                double[] out = new double[forwards.length * vols.length];
                Black76.priceGrid(right, forwards, 100, years, vols, 0.97, out);
                for (int i = 0; i < forwards.length; i++) {
                    for (int j = 0; j < vols.length; j++) {
                        assertThat(out[i * vols.length + j])
                                .as("%s F=%s vol=%s T=%s", right, forwards[i], vols[j], years)
                                .isEqualTo(Black76.price(right, forwards[i], 100, years, vols[j], 0.97));
                    }
                }
            }
        }
    }

    @Test
    void test_priceGrid_rejectsBadInputsNamingThem() {
        double[] out = new double[4];
        assertThatThrownBy(() ->
                        Black76.priceGrid(Right.CALL, new double[] {1, -1}, 100, 1, new double[] {0.2, 0.3}, 1, out))
                .hasMessageContaining("forwards[1]");
        assertThatThrownBy(() -> Black76.priceGrid(
                        Right.CALL, new double[] {1, 2}, 100, 1, new double[] {0.2, 0.3}, 1, new double[3]))
                .hasMessageContaining("out must hold 4 prices");
    }
}
