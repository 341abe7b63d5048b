package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests of {@link NormalDistribution}.
 *
 * <p>Every reference value below is the double nearest to the exact value, computed with Python mpmath 1.3.0 at 60
 * significant digits ({@code float(mpmath.ncdf(x))}, {@code float(mpmath.erfc(x))},
 * {@code float(mpmath.exp(x**2) * mpmath.erfc(x))}, {@code float(mpmath.sqrt(2) * mpmath.erfinv(2 * p - 1))}).
 * Familiar ones agree with printed tables, e.g. Φ(1.96) = 0.9750021048517795 and the 97.5 % quantile 1.959963984540054.
 * Note Φ(−10) = 7.619853024160525e-24 (…527e-24, sometimes quoted, is two ulp off).
 */
class NormalDistributionTest {

    /** Relative tolerance for a reference value: a few ulp. */
    private static final double RELATIVE_TOLERANCE = 1e-15;

    /** Relative tolerance for a subnormal result, whose own spacing is about 2e-8 relative near 2.9e-316. */
    private static final double SUBNORMAL_TOLERANCE = 1e-7;

    @ParameterizedTest
    @CsvSource({
        "-1, 0.15865525393145705",
        "1.96, 0.9750021048517795",
        "-1.96, 0.024997895148220435",
        "-0.5, 0.3085375387259869",
        "0.3, 0.6179114221889527",
        "2.5, 0.9937903346742238",
        "-5, 2.866515718791939e-07",
        "-8.5, 9.479534822203318e-18",
        "-10, 7.619853024160525e-24",
        "-20, 2.7536241186062337e-89",
        "-26, 2.4760633155033892e-149",
        "-37.5, 4.605353009581955e-308"
    })
    void test_cdf_referenceValues(double x, double expected) {
        assertThat(NormalDistribution.cdf(x)).isCloseTo(expected, within(RELATIVE_TOLERANCE * expected));
    }

    @Test
    void test_cdf_subnormalTail() {
        double expected = 2.88542835e-316;
        assertThat(NormalDistribution.cdf(-38)).isCloseTo(expected, within(SUBNORMAL_TOLERANCE * expected));
        assertThat(NormalDistribution.cdf(-45)).isZero();
        assertThat(NormalDistribution.cdf(45)).isEqualTo(1.0);
    }

    @Test
    void test_cdf_nonFiniteArguments() {
        assertThat(NormalDistribution.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(NormalDistribution.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(Double.NaN)).isNaN();
        assertThat(NormalDistribution.pdf(Double.NaN)).isNaN();
        assertThat(NormalDistribution.pdf(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void test_cdf_symmetry() {
        for (double x = -9; x <= 9; x += 0.01) {
            assertThat(NormalDistribution.cdf(x) + NormalDistribution.cdf(-x))
                    .as("x = %s", x)
                    .isCloseTo(1.0, within(3e-16));
        }
    }

    @Test
    void test_cdf_monotone() {
        double previous = 0;
        for (double x = -39; x <= 9; x += 0.001) {
            double value = NormalDistribution.cdf(x);
            assertThat(value).as("x = %s", x).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
    }

    @Test
    void test_pdf_referenceValues() {
        // φ(0) = 1/√(2π); φ(1) and φ(30) from mpmath.npdf
        assertThat(NormalDistribution.pdf(0)).isEqualTo(0.3989422804014327);
        assertThat(NormalDistribution.pdf(-1)).isCloseTo(0.24197072451914334, within(1e-15 * 0.242));
        assertThat(NormalDistribution.pdf(30)).isCloseTo(1.4736461348785476e-196, within(1e-15 * 1.47e-196));
    }

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.8875370839817152, 0.8964569799691267",
        "0.5, 0.4795001221869535, 0.6156903441929259",
        "1, 0.15729920705028513, 0.427583576155807",
        "3, 2.209049699858544e-05, 0.17900115118138996",
        "5, 1.537459794428035e-12, 0.11070463773306863",
        "10, 2.088487583762545e-45, 0.05614099274382259",
        "26, 5.663192408856143e-296, 0.021683584850562907",
        "-0.3, 1.3286267594591274, 1.4537492328427655",
        "-2, 1.9953222650189528, 108.94090438997797"
    })
    void test_erfcAndErfcx_referenceValues(double x, double erfc, double erfcx) {
        assertThat(NormalDistribution.erfc(x)).isCloseTo(erfc, within(RELATIVE_TOLERANCE * erfc));
        assertThat(NormalDistribution.erfcx(x)).isCloseTo(erfcx, within(RELATIVE_TOLERANCE * erfcx));
    }

    @Test
    void test_erfcx_extremeArguments() {
        assertThat(NormalDistribution.erfcx(1e9)).isCloseTo(NormalDistribution.ONE_OVER_SQRT_PI / 1e9, within(1e-25));
        assertThat(NormalDistribution.erfcx(-30)).isEqualTo(Double.MAX_VALUE);
        assertThat(NormalDistribution.erfc(30)).isZero();
        assertThat(NormalDistribution.erfc(-30)).isEqualTo(2.0);
    }

    @ParameterizedTest
    @CsvSource({
        "0.975, 1.9599639845400543",
        "0.025, -1.9599639845400543",
        "0.3, -0.5244005127080408",
        "0.5, 0.0",
        "1e-10, -6.361340902404057"
    })
    void test_inverseCdf_referenceValues(double p, double expected) {
        assertThat(NormalDistribution.inverseCdf(p))
                .isCloseTo(expected, within(RELATIVE_TOLERANCE * Math.abs(expected)));
    }

    @Test
    void test_inverseCdf_boundaries() {
        assertThat(NormalDistribution.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(NormalDistribution.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NormalDistribution.inverseCdf(-1e-300)).isNaN();
        assertThat(NormalDistribution.inverseCdf(1.0000000000000002)).isNaN();
        assertThat(NormalDistribution.inverseCdf(Double.NaN)).isNaN();
    }

    /**
     * p → x → p over (1e-300, 1 − 1e-16). In the lower half the relative error of p amplifies the relative error of x
     * by about x², the slope of ln Φ; in the upper half cdf is accurate in absolute terms only.
     */
    @Test
    void test_inverseCdf_roundTrip() {
        for (double log10p = -300; log10p < Math.log10(0.5); log10p += 0.05) {
            double p = Math.pow(10, log10p);
            double x = NormalDistribution.inverseCdf(p);
            double tolerance = 4e-16 * (1 + x * x) * p;
            assertThat(NormalDistribution.cdf(x)).as("p = %s", p).isCloseTo(p, within(tolerance));
        }
        for (double upperTail = 0.5; upperTail > 1e-16; upperTail *= 0.9) {
            double p = 1 - upperTail;
            double x = NormalDistribution.inverseCdf(p);
            assertThat(NormalDistribution.cdf(x)).as("p = %s", p).isCloseTo(p, within(3e-16));
        }
    }
}
