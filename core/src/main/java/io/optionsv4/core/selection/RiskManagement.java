package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The risk rules of a recommendation ({@code strategy_risk_management}).
 *
 * @param profitTarget take profit at this fraction of the maximum profit, in [0, 1]
 * @param stopLoss stop out at this fraction of the maximum loss, in [0, 1]
 * @param timeExitDte close when this many days to expiry remain, {@code >= 0}
 * @param maxRiskRupees the most the position may lose, rupees, {@code >= 0}
 */
public record RiskManagement(double profitTarget, double stopLoss, int timeExitDte, double maxRiskRupees) {

    /** Validates the rules. */
    public RiskManagement {
        Fractions.check(profitTarget, "profitTarget");
        Fractions.check(stopLoss, "stopLoss");
        Checks.argument(timeExitDte >= 0, () -> "timeExitDte must be >= 0 but was " + timeExitDte);
        Checks.nonNegative(maxRiskRupees, "maxRiskRupees");
    }
}
