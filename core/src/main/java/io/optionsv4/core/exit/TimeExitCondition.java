package io.optionsv4.core.exit;

import java.util.List;
import java.util.Locale;

/** Closes everything on the plan's time-exit day, or once the days to expiry fall to its threshold. */
public final class TimeExitCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        if (!position.today().isBefore(rules.timeExitDate())) {
            return List.of(ExitAction.closeAll(
                    Urgency.MEDIUM,
                    "TIME_EXIT",
                    "time exit: the plan closes on " + rules.timeExitDate() + " (" + position.daysToExpiry()
                            + " days to expiry)"));
        }
        if (position.daysToExpiry() <= rules.timeExitDte()) {
            return List.of(ExitAction.closeAll(
                    Urgency.MEDIUM,
                    "TIME_EXIT",
                    String.format(
                            Locale.ROOT,
                            "time exit: %d days to expiry, at or below the plan's %d",
                            position.daysToExpiry(),
                            rules.timeExitDte())));
        }
        return List.of();
    }
}
