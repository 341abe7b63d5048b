package io.optionsv4.core.exit;

import java.util.List;
import java.util.Locale;

/**
 * Takes profits by the plan's scaling levels: every level the P&amp;L has reached adds its share; what those shares add
 * up to beyond the part already closed is closed now. Reaching the last level closes the rest.
 */
public final class ProfitTargetCondition implements ExitCondition {

    private static final double EPSILON = 1e-9;

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        double reachedShare = 0;
        ExitPlan.ProfitTarget highest = null;
        for (ExitPlan.ProfitTarget target : rules.profitTargets()) {
            if (position.pnlRupees() >= target.pnlRupees()) {
                reachedShare += target.closeFraction();
                highest = target;
            }
        }
        double toClose = reachedShare - position.closedFraction();
        if (highest == null || toClose <= EPSILON) {
            return List.of();
        }
        String reason = String.format(
                Locale.ROOT,
                "profit target: P&L ₹%,.2f reached ₹%,.2f (%s)",
                position.pnlRupees(),
                highest.pnlRupees(),
                highest.description());
        if (reachedShare >= 1 - EPSILON) {
            return List.of(ExitAction.closeAll(Urgency.NORMAL, "PROFIT_TARGET", reason));
        }
        return List.of(ExitAction.closePartial(toClose, Urgency.NORMAL, "PROFIT_TARGET", reason));
    }
}
