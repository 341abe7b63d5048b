package io.optionsv4.core.probability;

import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.result.Checks;

/**
 * The lognormal (Black–Scholes–Merton) model of the underlying's price at expiry: {@code ln S_T ~ N(ln S0 + (r - q -
 * sigma^2/2) T, sigma^2 T)}. All rates and the volatility are annualised decimal fractions; time is in years.
 *
 * @param spot the underlying's price now, rupees; &gt; 0
 * @param annualVol the volatility sigma; &gt;= 0 (0 makes the outcome deterministic at the forward)
 * @param rate the continuously compounded risk-free rate r
 * @param dividendYield the continuously compounded dividend yield q
 * @param yearsToExpiry time T to the (first) expiry in years; &gt;= 0 (0 makes the outcome the spot)
 */
public record ProbabilityModel(double spot, double annualVol, double rate, double dividendYield, double yearsToExpiry)
        implements TerminalDistribution {

    /** Validates the components. */
    public ProbabilityModel {
        Checks.positive(spot, "spot");
        Checks.nonNegative(annualVol, "annualVol");
        Checks.finite(rate, "rate");
        Checks.finite(dividendYield, "dividendYield");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
    }

    /** Returns the model for the given market inputs. */
    public static ProbabilityModel of(
            double spot, double annualVol, double rate, double dividendYield, double yearsToExpiry) {
        return new ProbabilityModel(spot, annualVol, rate, dividendYield, yearsToExpiry);
    }

    /** Returns a copy with another time to expiry in years. */
    public ProbabilityModel withYearsToExpiry(double years) {
        return new ProbabilityModel(spot, annualVol, rate, dividendYield, years);
    }

    /** Returns the forward price {@code S0 exp((r - q) T)}: the mean of {@code S_T}. */
    @Override
    public double forward() {
        return spot * Math.exp((rate - dividendYield) * yearsToExpiry);
    }

    /** Returns the standard deviation of {@code ln S_T}: {@code sigma sqrt(T)}. */
    public double logStdDev() {
        return annualVol * Math.sqrt(yearsToExpiry);
    }

    /** Returns the mean of {@code ln S_T}: {@code ln F - sigma^2 T / 2}. */
    public double logMean() {
        double s = logStdDev();
        return Math.log(forward()) - 0.5 * s * s;
    }

    /** Returns true when the outcome is certain (sigma = 0 or T = 0): {@code S_T} equals the forward. */
    @Override
    public boolean isDeterministic() {
        return logStdDev() == 0.0;
    }

    /**
     * Returns {@code P(lower < S_T < upper)}; {@code lower >= 0}, {@code upper} may be positive infinity. When the
     * outcome is deterministic, returns 1 when the forward lies strictly inside and 0 otherwise.
     */
    @Override
    public double probabilityBetween(double lower, double upper) {
        checkRange(lower, upper);
        if (isDeterministic()) {
            double f = forward();
            return f > lower && f < upper ? 1.0 : 0.0;
        }
        return normalMass(standardized(lower), standardized(upper));
    }

    /**
     * Returns the partial expectation {@code E[S_T 1{lower < S_T < upper}] = F [N(z_u - s) - N(z_l - s)]} where
     * {@code z = (ln(x / F) + s^2/2) / s} and {@code s = sigma sqrt(T)}; {@code upper} may be positive infinity.
     */
    @Override
    public double expectedSpotBetween(double lower, double upper) {
        checkRange(lower, upper);
        double f = forward();
        if (isDeterministic()) {
            return f > lower && f < upper ? f : 0.0;
        }
        double s = logStdDev();
        return f * normalMass(standardized(lower) - s, standardized(upper) - s);
    }

    /** Returns the lognormal density {@code n(z) / (x s)} at {@code price} (&gt; 0), {@code z} standardized. */
    @Override
    public double density(double price) {
        Checks.positive(price, "price");
        if (isDeterministic()) {
            return 0.0;
        }
        return NormalDistribution.pdf(standardized(price)) / (price * logStdDev());
    }

    /** Returns the standardized log-price {@code (ln x - logMean) / logStdDev}; -inf at 0, +inf at +inf. */
    double standardized(double price) {
        if (price <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (price == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double s = logStdDev();
        return (Math.log(price / forward()) + 0.5 * s * s) / s;
    }

    /** Returns {@code N(b) - N(a)} for {@code a <= b}, taking the upper tails when both are positive for accuracy. */
    private static double normalMass(double a, double b) {
        if (a > 0) {
            return Math.max(NormalDistribution.cdf(-a) - NormalDistribution.cdf(-b), 0.0);
        }
        return Math.max(NormalDistribution.cdf(b) - NormalDistribution.cdf(a), 0.0);
    }

    private static void checkRange(double lower, double upper) {
        Checks.nonNegative(lower, "lower");
        Checks.argument(upper >= lower, () -> "upper must be >= lower (" + lower + ") but was " + upper);
    }
}
