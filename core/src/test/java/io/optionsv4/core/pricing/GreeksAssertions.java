package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Assertions shared by the model tests: high-precision references, finite differences, NaN checks, messages. */
final class GreeksAssertions {

    /** Relative agreement with 40-digit mpmath values: a few ulps of rounding in the double computation. */
    static final double HIGH_PRECISION_RELATIVE = 1e-12;
    /** Relative bump of a first central difference, in units of the variable's natural scale. */
    static final double FIRST_BUMP = 1e-4;
    /** Relative bump of a second central difference: larger, as rounding noise grows with 1/h². */
    static final double SECOND_BUMP = 1e-3;
    /** Relative bump of a mixed central difference: smaller, its truncation error involves third derivatives. */
    static final double MIXED_BUMP = 3e-4;
    /** Truncation error of the central differences with these bumps stays below about 2e-6 relative. */
    static final double FINITE_DIFFERENCE_RELATIVE = 1e-5;
    /** Rounding error of one price evaluation relative to the price (about 50 ulps), amplified by the divisions. */
    static final double PRICE_ROUNDING = 1e-14;
    /** Absolute floor for Greeks that are nearly zero (deep out of the money). */
    static final double FINITE_DIFFERENCE_ABSOLUTE = 1e-12;

    /** Results of a few floating-point operations on numbers of order 1 to 100: a handful of ulps. */
    static final double ROUNDING = 1e-12;
    /** The relative excess over a no-arbitrage bound that rounding may produce. */
    static final double BOUND_ROUNDING = 1e-12;

    static final double VOL_POINT = 0.01;
    static final double RATE_POINT = 0.01;
    static final double DAYS_PER_YEAR = 365.0;

    private GreeksAssertions() {}

    /** A model's price as a function of the inputs that Greeks differentiate; {@code underlying} is S or F. */
    @FunctionalInterface
    interface PriceFunction {
        double at(double underlying, double years, double vol, double rate);
    }

    /**
     * Asserts all eight Greeks against central differences of {@code v}. Bumps scale with each variable's natural
     * size: the underlying with its standard deviation {@code x·σ√T}, vol with σ, time with T, the rate with 0.1.
     * Second differences use larger bumps than first ones to keep rounding noise below truncation error; the
     * tolerance adds the rounding noise of the difference quotient to a relative truncation allowance.
     */
    static void assertMatchesFiniteDifferences(
            Greeks greeks, PriceFunction v, double underlying, double years, double vol, double rate) {
        double noise = PRICE_ROUNDING * greeks.price();
        double scale = underlying * vol * Math.sqrt(years);
        double hX = FIRST_BUMP * scale;
        double hX2 = SECOND_BUMP * scale;
        double hXMixed = MIXED_BUMP * scale;
        double hVol = FIRST_BUMP * vol;
        double hVol2 = SECOND_BUMP * vol;
        double hVolMixed = MIXED_BUMP * vol;
        double hYears = FIRST_BUMP * years;
        double hYearsMixed = MIXED_BUMP * years;
        double hRate = FIRST_BUMP * 0.1;
        double x = underlying;
        assertClose(
                "delta", greeks.delta(), CentralDifference.first(s -> v.at(s, years, vol, rate), x, hX), noise / hX);
        assertClose(
                "gamma",
                greeks.gamma(),
                CentralDifference.second(s -> v.at(s, years, vol, rate), x, hX2),
                4 * noise / (hX2 * hX2));
        assertClose(
                "vega",
                greeks.vega(),
                CentralDifference.first(sigma -> v.at(x, years, sigma, rate), vol, hVol) * VOL_POINT,
                noise / hVol * VOL_POINT);
        assertClose(
                "theta",
                greeks.theta(),
                -CentralDifference.first(t -> v.at(x, t, vol, rate), years, hYears) / DAYS_PER_YEAR,
                noise / hYears / DAYS_PER_YEAR);
        assertClose(
                "rho",
                greeks.rho(),
                CentralDifference.first(r -> v.at(x, years, vol, r), rate, hRate) * RATE_POINT,
                noise / hRate * RATE_POINT);
        assertClose(
                "vanna",
                greeks.vanna(),
                CentralDifference.mixed((s, sigma) -> v.at(s, years, sigma, rate), x, vol, hXMixed, hVolMixed)
                        * VOL_POINT,
                noise / (hXMixed * hVolMixed) * VOL_POINT);
        // Volga crosses zero near the money (d1·d2 = 0); its truncation error scales with vega/σ, not with itself.
        double volgaScale = Math.abs(greeks.vega()) * VOL_POINT / vol;
        assertClose(
                "volga",
                greeks.volga(),
                CentralDifference.second(sigma -> v.at(x, years, sigma, rate), vol, hVol2) * VOL_POINT * VOL_POINT,
                4 * noise / (hVol2 * hVol2) * VOL_POINT * VOL_POINT + FINITE_DIFFERENCE_RELATIVE * volgaScale);
        assertClose(
                "charm",
                greeks.charm(),
                -CentralDifference.mixed((s, t) -> v.at(s, t, vol, rate), x, years, hXMixed, hYearsMixed)
                        / DAYS_PER_YEAR,
                noise / (hXMixed * hYearsMixed) / DAYS_PER_YEAR);
    }

    /**
     * Asserts theta, rho and charm of a zero-variance result against central differences of {@code v} (the value is
     * deterministic there, so time and rate derivatives exist away from the money).
     */
    static void assertZeroVarianceMatchesFiniteDifferences(
            Greeks greeks, PriceFunction v, double underlying, double years, double rate) {
        double noise = PRICE_ROUNDING * greeks.price();
        double hX = 1e-4 * underlying;
        double hYears = 1e-4 * years;
        double hRate = 1e-4;
        assertClose(
                "theta",
                greeks.theta(),
                -CentralDifference.first(t -> v.at(underlying, t, 0, rate), years, hYears) / DAYS_PER_YEAR,
                noise / hYears / DAYS_PER_YEAR);
        assertClose(
                "rho",
                greeks.rho(),
                CentralDifference.first(r -> v.at(underlying, years, 0, r), rate, hRate) * RATE_POINT,
                noise / hRate * RATE_POINT);
        assertClose(
                "charm",
                greeks.charm(),
                -CentralDifference.mixed((s, t) -> v.at(s, t, 0, rate), underlying, years, hX, hYears) / DAYS_PER_YEAR,
                noise / (hX * hYears) / DAYS_PER_YEAR);
        assertThat(new double[] {greeks.gamma(), greeks.vega(), greeks.vanna(), greeks.volga()})
                .containsOnly(0.0);
    }

    static void assertClose(String greek, double analytic, double finiteDifference, double roundingNoise) {
        double tolerance =
                FINITE_DIFFERENCE_RELATIVE * Math.abs(finiteDifference) + roundingNoise + FINITE_DIFFERENCE_ABSOLUTE;
        assertThat(analytic).as(greek).isCloseTo(finiteDifference, within(tolerance));
    }

    static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(HIGH_PRECISION_RELATIVE * Math.abs(expected)));
    }

    /** Asserts every component to {@link #HIGH_PRECISION_RELATIVE}. */
    static void assertGreeks(Greeks actual, Greeks expected) {
        double[] a = toArray(actual);
        double[] e = toArray(expected);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i])
                    .as("component %d of %s", i, actual)
                    .isCloseTo(e[i], within(HIGH_PRECISION_RELATIVE * Math.abs(e[i])));
        }
    }

    static double[] toArray(Greeks g) {
        return new double[] {
            g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho(), g.vanna(), g.volga(), g.charm()
        };
    }

    static void assertNoNaN(Greeks greeks, String label) {
        for (double value : toArray(greeks)) {
            assertThat(value).as("%s: %s", label, greeks).isNotNaN();
        }
    }

    static void assertAllFinite(Greeks greeks, String label) {
        for (double value : toArray(greeks)) {
            assertThat(value).as("%s: %s", label, greeks).isFinite();
        }
    }

    static void assertInvalid(Runnable call, String... messageParts) {
        assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContainingAll(messageParts);
    }
}
