package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.RiskTolerance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one constructed strategy is to be exited: profit targets with scaling, a stop loss, a time exit, Greek triggers
 * and adjustment suggestions. P&amp;L triggers are rupees for the whole position (positive a profit, negative a loss),
 * measured against the entry premiums. Made by {@link ExitPlanner}; immutable.
 *
 * @param strategyName the registered strategy's name
 * @param tolerance the risk tolerance the stop loss was chosen for
 * @param profitBasis what the profit target is a fraction of
 * @param profitTargetFraction the final profit target as a fraction of the basis, in [0, 1]
 * @param profitTargets the scaling levels, ascending by P&amp;L; empty when the position cannot profit
 * @param stopLoss the loss that closes the position
 * @param timeExit when the position is closed by time
 * @param greekTriggers bands on the position's live Greeks, in the order delta, gamma, vega
 * @param adjustments suggested adjustments on underlying price moves
 */
public record ExitPlan(
        String strategyName,
        RiskTolerance tolerance,
        ProfitBasis profitBasis,
        double profitTargetFraction,
        List<ProfitTarget> profitTargets,
        StopLoss stopLoss,
        TimeExit timeExit,
        List<GreekTrigger> greekTriggers,
        List<Adjustment> adjustments) {

    /** Validates the plan and copies the lists. */
    public ExitPlan {
        Checks.notBlank(strategyName, "strategyName");
        Checks.notNull(tolerance, "tolerance");
        Checks.notNull(profitBasis, "profitBasis");
        checkFraction(profitTargetFraction, "profitTargetFraction");
        profitTargets = List.copyOf(Checks.notNull(profitTargets, "profitTargets"));
        double previous = 0;
        for (ProfitTarget target : profitTargets) {
            Checks.argument(
                    target.pnlRupees() > previous,
                    strategyName + ": profit targets must rise but " + target.pnlRupees() + " follows " + previous);
            previous = target.pnlRupees();
        }
        Checks.notNull(stopLoss, "stopLoss");
        Checks.notNull(timeExit, "timeExit");
        greekTriggers = List.copyOf(Checks.notNull(greekTriggers, "greekTriggers"));
        adjustments = List.copyOf(Checks.notNull(adjustments, "adjustments"));
    }

    /**
     * Returns the plan as the stored risk rules. The mapping: {@code profitTarget} is {@link #profitTargetFraction()}
     * (of the maximum profit, or of the debit when the maximum profit is unlimited); {@code stopLoss} is the stop's
     * loss divided by {@code maxRiskRupees}, capped to [0, 1] (0 when nothing can be lost); {@code timeExitDte} is the
     * time exit's days to expiry; {@code maxRiskRupees} is the finite maximum loss (0 if the position cannot lose), or
     * the stop loss rupees when the loss is unlimited, so the stop fraction of an unlimited-loss position is 1.
     */
    public RiskManagement riskManagement() {
        double maxRisk = stopLoss.maxRiskRupees();
        double stopFraction = maxRisk > 0 ? Math.min(1.0, stopLoss.lossRupees() / maxRisk) : 0.0;
        return new RiskManagement(profitTargetFraction, stopFraction, timeExit.dte(), maxRisk);
    }

    /**
     * Returns the plan as the stored exit levels, in this order: one {@code PROFIT_TARGET} per scaling level (trigger =
     * P&amp;L in rupees, ascending), {@code STOP_LOSS} (trigger = the negative P&amp;L that stops), {@code TIME_EXIT}
     * (trigger = days to expiry), one {@code GREEK_TRIGGER} per band (trigger = the band's limit on the absolute net
     * Greek), one {@code ADJUSTMENT} per suggestion (trigger = the underlying's price).
     */
    public List<ExitLevel> exitLevels() {
        List<ExitLevel> levels = new ArrayList<>();
        profitTargets.forEach(t -> levels.add(
                new ExitLevel(ExitLevel.Kind.PROFIT_TARGET, t.pnlRupees(), t.closeFraction(), t.description())));
        levels.add(new ExitLevel(ExitLevel.Kind.STOP_LOSS, stopLoss.pnlTrigger(), 1.0, stopLoss.description()));
        levels.add(new ExitLevel(ExitLevel.Kind.TIME_EXIT, timeExit.dte(), 1.0, timeExit.description()));
        greekTriggers.forEach(g -> levels.add(new ExitLevel(
                ExitLevel.Kind.GREEK_TRIGGER, g.limit(), g.exitFraction(), g.kind() + ": " + g.action())));
        adjustments.forEach(a -> levels.add(new ExitLevel(
                ExitLevel.Kind.ADJUSTMENT,
                a.underlyingTrigger(),
                0.0,
                a.kind() + ": " + a.condition() + " -> " + a.suggestion())));
        return List.copyOf(levels);
    }

    private static void checkFraction(double value, String name) {
        Checks.argument(value >= 0 && value <= 1, name + " must be a fraction in [0, 1] but was " + value);
    }

    /** What the profit target is measured against. */
    public enum ProfitBasis {
        /** The finite maximum profit at the (near) expiry, for debit positions whose maximum lies within reach. */
        MAX_PROFIT,
        /**
         * The debit paid, for debit positions whose maximum profit is unlimited or lies out of reach (long calls and
         * puts, long straddles and strangles).
         */
        DEBIT_PAID,
        /** The credit received, for positions opened for a net credit. */
        CREDIT_RECEIVED
    }

    /** What the stop loss is measured against. */
    public enum StopBasis {
        /** A multiple of the credit received (of the sold options' premium for an unlimited-loss position). */
        CREDIT_MULTIPLE,
        /** A fraction of the debit paid. */
        DEBIT_FRACTION,
        /** A fraction of the finite maximum loss, where the premium is no meaningful basis (covered call). */
        MAX_LOSS_FRACTION
    }

    /** The Greek a trigger watches. */
    public enum GreekKind {
        /** Net delta, units of the underlying. */
        DELTA,
        /** Net gamma, change of net delta per rupee. */
        GAMMA,
        /** Net vega, rupees per volatility point. */
        VEGA
    }

    /** The kind of adjustment suggested. */
    public enum AdjustmentKind {
        /** Roll a tested short strike out in time (and away), usually for a credit. */
        DEFENSIVE_ROLL,
        /** Add to a position that works. */
        OFFENSIVE_ADD,
        /** Turn the position into another registered strategy by adding or moving legs. */
        MORPH
    }

    /** Which way the underlying must cross an adjustment's price. */
    public enum Crossing {
        /** Triggered when the underlying trades at or above the price. */
        AT_OR_ABOVE,
        /** Triggered when the underlying trades at or below the price. */
        AT_OR_BELOW;

        /** Returns true when {@code underlyingPrice} has crossed {@code trigger} this way. */
        public boolean crossed(double underlyingPrice, double trigger) {
            return this == AT_OR_ABOVE ? underlyingPrice >= trigger : underlyingPrice <= trigger;
        }
    }

    /**
     * One scaling level of the profit target.
     *
     * @param pnlRupees the position's P&amp;L that triggers it, rupees, &gt; 0
     * @param closeFraction the share of the original position to close, in (0, 1]
     * @param description what the level means, for people
     */
    public record ProfitTarget(double pnlRupees, double closeFraction, String description) {
        /** Validates the level. */
        public ProfitTarget {
            Checks.positive(pnlRupees, "pnlRupees");
            Checks.argument(
                    closeFraction > 0 && closeFraction <= 1,
                    "closeFraction must be in (0, 1] but was " + closeFraction);
            Checks.notBlank(description, "description");
        }
    }

    /**
     * The stop loss.
     *
     * @param basis what the stop is measured against
     * @param basisRupees the basis in rupees for the whole position (credit, debit or maximum loss), &gt;= 0
     * @param multiple the configured multiple (credit) or fraction (debit, maximum loss) of the basis, &gt; 0
     * @param lossRupees the loss that stops the position, rupees &gt;= 0; never beyond a finite maximum loss
     * @param maxRiskRupees the finite maximum loss (0 when the position cannot lose), or {@code lossRupees} when the
     *     loss is unlimited
     * @param description the rule in words
     */
    public record StopLoss(
            StopBasis basis,
            double basisRupees,
            double multiple,
            double lossRupees,
            double maxRiskRupees,
            String description) {
        /** Validates the stop. */
        public StopLoss {
            Checks.notNull(basis, "basis");
            Checks.nonNegative(basisRupees, "basisRupees");
            Checks.positive(multiple, "multiple");
            Checks.nonNegative(lossRupees, "lossRupees");
            Checks.nonNegative(maxRiskRupees, "maxRiskRupees");
            Checks.argument(
                    lossRupees <= maxRiskRupees,
                    "stop loss " + lossRupees + " exceeds the maximum risk " + maxRiskRupees);
            Checks.notBlank(description, "description");
        }

        /** Returns the P&amp;L that triggers the stop: the negated loss, rupees. */
        public double pnlTrigger() {
            return -lossRupees;
        }
    }

    /**
     * The time exit.
     *
     * @param dte close when this many calendar days to the (near) expiry remain, &gt;= 0
     * @param date the calendar day of the exit: the expiry minus {@code dte} days
     * @param clamped true when the configured DTE had already passed at entry and the exit moved to the expiry day's
     *     morning (DTE 0)
     * @param description the rule in words
     */
    public record TimeExit(int dte, LocalDate date, boolean clamped, String description) {
        /** Validates the time exit. */
        public TimeExit {
            Checks.argument(dte >= 0, () -> "dte must be >= 0 but was " + dte);
            Checks.notNull(date, "date");
            Checks.notBlank(description, "description");
        }
    }

    /**
     * A band on one of the position's net Greeks, checkable on live marks.
     *
     * @param kind the Greek watched
     * @param entryValue the position's net Greek at entry (scaling of {@code core.selection.GreekExposure})
     * @param limit the largest absolute net Greek allowed, &gt; 0, same scaling
     * @param exitFraction the share of the position to close when breached, in [0, 1]; 0 = adjust only
     * @param action what to do when breached
     */
    public record GreekTrigger(GreekKind kind, double entryValue, double limit, double exitFraction, String action) {
        /** Validates the trigger. */
        public GreekTrigger {
            Checks.notNull(kind, "kind");
            Checks.finite(entryValue, "entryValue");
            Checks.positive(limit, "limit");
            Checks.argument(
                    exitFraction >= 0 && exitFraction <= 1,
                    () -> "exitFraction must be in [0, 1] but was " + exitFraction);
            Checks.notBlank(action, "action");
        }

        /** Returns true when the live net Greek {@code liveValue} lies outside the band. */
        public boolean breached(double liveValue) {
            return Math.abs(Checks.finite(liveValue, "liveValue")) > limit;
        }
    }

    /**
     * A suggested adjustment.
     *
     * @param kind defensive roll, offensive add or morph
     * @param underlyingTrigger the underlying's price that triggers it, rupees, &gt; 0
     * @param crossing which way the underlying must cross the trigger
     * @param condition the trigger in words
     * @param suggestion what to do, naming registered strategies for a morph
     * @param strategies the registered strategies a morph turns the position into; empty for rolls and adds
     */
    public record Adjustment(
            AdjustmentKind kind,
            double underlyingTrigger,
            Crossing crossing,
            String condition,
            String suggestion,
            List<String> strategies) {
        /** Validates the adjustment and copies the strategy names. */
        public Adjustment {
            Checks.notNull(kind, "kind");
            Checks.positive(underlyingTrigger, "underlyingTrigger");
            Checks.notNull(crossing, "crossing");
            Checks.notBlank(condition, "condition");
            Checks.notBlank(suggestion, "suggestion");
            strategies = List.copyOf(Checks.notNull(strategies, "strategies"));
            Checks.argument(
                    (kind == AdjustmentKind.MORPH) == !strategies.isEmpty(),
                    "a MORPH names the strategies it leads to, other adjustments none: " + kind + " " + strategies);
        }

        /** Returns true when the underlying at {@code underlyingPrice} triggers this adjustment. */
        public boolean triggered(double underlyingPrice) {
            return crossing.crossed(underlyingPrice, underlyingTrigger);
        }
    }
}
