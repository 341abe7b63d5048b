package io.optionsv4.core.pricing;

import io.optionsv4.core.result.Checks;

/**
 * The result of an implied volatility calculation.
 *
 * @param volatility annualised volatility as a decimal fraction ({@code 0.2} = 20 %); NaN unless the status is
 *     {@link ImpliedVolatilityStatus#OK}
 * @param status whether a volatility was found, and if not why
 */
public record ImpliedVolatilityResult(double volatility, ImpliedVolatilityStatus status) {

    /** Checks that the status is present. */
    public ImpliedVolatilityResult {
        Checks.notNull(status, "status");
    }

    /** Returns true when a volatility was found. */
    public boolean isOk() {
        return status == ImpliedVolatilityStatus.OK;
    }

    static ImpliedVolatilityResult ok(double volatility) {
        return new ImpliedVolatilityResult(volatility, ImpliedVolatilityStatus.OK);
    }

    static ImpliedVolatilityResult failure(ImpliedVolatilityStatus status) {
        return new ImpliedVolatilityResult(Double.NaN, status);
    }
}
