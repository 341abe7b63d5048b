package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The expected move of an underlying to one expiry from its ATM implied volatility: one sigma {@code S · σ · √T}
 * ({@code core.probability.ExpectedMove.fromVolatility}) and two sigma, twice that. Maps onto the stored {@code
 * core.selection.ExpectedMoveRange} as (calendarDays, oneSigma, lower(1), upper(1)).
 *
 * @param expiry the expiry
 * @param calendarDays calendar days from the as-of day to the expiry, {@code >= 0}
 * @param spot the underlying's price, rupees, {@code > 0}
 * @param atmIv the ATM implied volatility of the expiry (annualised decimal)
 * @param oneSigma the one-sigma move in rupees
 */
public record ExpiryMove(LocalDate expiry, int calendarDays, double spot, double atmIv, double oneSigma) {

    /** Validates the figures. */
    public ExpiryMove {
        Checks.notNull(expiry, "expiry");
        Checks.argument(calendarDays >= 0, () -> "calendarDays must be >= 0 but was " + calendarDays);
        Checks.positive(spot, "spot");
        Checks.nonNegative(atmIv, "atmIv");
        Checks.nonNegative(oneSigma, "oneSigma");
    }

    /** Returns the two-sigma move in rupees. */
    public double twoSigma() {
        return 2 * oneSigma;
    }

    /** Returns {@code spot − sigmas · oneSigma}, floored at 0. */
    public double lower(int sigmas) {
        return Math.max(0, spot - Checks.positive(sigmas, "sigmas") * oneSigma);
    }

    /** Returns {@code spot + sigmas · oneSigma}. */
    public double upper(int sigmas) {
        return spot + Checks.positive(sigmas, "sigmas") * oneSigma;
    }
}
