package io.optionsv4.core.probability;

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
public record ProbabilityModel(double spot, double annualVol, double rate, double dividendYield, double yearsToExpiry) {

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
    public boolean isDeterministic() {
        return logStdDev() == 0.0;
    }
}
