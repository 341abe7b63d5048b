package io.optionsv4.core.exit;

import java.util.List;
import java.util.Locale;

/**
 * Closes everything when, after the P&amp;L has once reached the trailing stop's activation level, it falls back by
 * more than the allowed share of its peak.
 */
public final class TrailingStopCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        if (rules.trailingStop().isEmpty()) {
            return List.of();
        }
        ExitRules.TrailingStop stop = rules.trailingStop().get();
        double peak = position.peakPnlRupees();
        if (peak < stop.activationRupees()) {
            return List.of();
        }
        double floor = peak * (1 - stop.givebackFraction());
        if (position.pnlRupees() > floor) {
            return List.of();
        }
        return List.of(ExitAction.closeAll(
                Urgency.HIGH,
                "TRAILING_STOP",
                String.format(
                        Locale.ROOT,
                        "trailing stop: P&L ₹%,.2f fell below ₹%,.2f (%.0f%% of the peak ₹%,.2f kept)",
                        position.pnlRupees(),
                        floor,
                        100 * (1 - stop.givebackFraction()),
                        peak)));
    }
}
