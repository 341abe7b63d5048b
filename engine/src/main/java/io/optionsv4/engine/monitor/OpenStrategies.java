package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.HeldLeg;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.exit.PeakPnlStore;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.ExitLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Turns the books' {@link HeldStrategy} into the monitor's {@link OpenStrategy}: the open legs, the realised part, and
 * the stored exit levels as {@link ExitRules} scaled from the analysis' lots to the lots executed, with the monitor's
 * settings. Stateless.
 */
public final class OpenStrategies {

    private final MonitorSettings settings;
    private final TradingDays tradingDays;
    private final Predicate<String> isIndex;
    private final Optional<PeakPnlStore> peaks;

    /**
     * Creates the mapper.
     *
     * @param settings the monitor's settings
     * @param tradingDays the trading calendar (time exits land on trading days)
     * @param isIndex true for index underlyings (cash settled), false for stocks (physically settled)
     */
    public OpenStrategies(MonitorSettings settings, TradingDays tradingDays, Predicate<String> isIndex) {
        this(settings, tradingDays, isIndex, Optional.empty());
    }

    /**
     * Creates the mapper with the stored peaks: a strategy's trailing stop resumes from the peak net P&amp;L a
     * previous monitor stored.
     */
    public OpenStrategies(
            MonitorSettings settings,
            TradingDays tradingDays,
            Predicate<String> isIndex,
            Optional<PeakPnlStore> peaks) {
        this.peaks = Checks.notNull(peaks, "peaks");
        this.settings = Checks.notNull(settings, "settings");
        this.tradingDays = Checks.notNull(tradingDays, "tradingDays");
        this.isIndex = Checks.notNull(isIndex, "isIndex");
    }

    /** Returns the monitor's view of {@code held}; a fully closed strategy has no open legs and is refused. */
    public OpenStrategy of(HeldStrategy held) {
        Checks.argument(!held.closed(), "strategy " + held.strategyId() + " has no open leg");
        List<OpenLeg> legs = new ArrayList<>();
        double realised = 0;
        boolean physical = !isIndex.test(held.symbol());
        LocalDate nearest = null;
        for (HeldLeg leg : held.legs()) {
            realised += leg.realisedRupees();
            if (nearest == null || leg.expiry().isBefore(nearest)) {
                nearest = leg.expiry();
            }
            if (leg.openQuantity() == 0) {
                continue;
            }
            legs.add(new OpenLeg(
                    leg.legIndex(),
                    new FeedInstrument.Option(held.symbol(), leg.expiry(), leg.strike(), leg.right()),
                    leg.side(),
                    leg.openQuantity(),
                    leg.entryPrice(),
                    leg.impliedVol(),
                    physical));
        }
        HeldLeg first = held.legs().getFirst();
        double scale = first.lots() / (double) first.constructedLots();
        ExitRules rules = rules(held, nearest).scaled(scale);
        double closed = Math.min(held.closedFraction(), Math.nextDown(1.0));
        return new OpenStrategy(
                held.strategyId(),
                held.symbol(),
                held.strategyName(),
                held.entryDate(),
                legs,
                rules,
                held.charges().rupees(),
                realised,
                closed,
                Math.max(Math.max(0, realised), storedPeak(held.strategyId())),
                held.actedRules());
    }

    private double storedPeak(long strategyId) {
        return peaks.flatMap(p -> {
                    OptionalDouble peak = p.peak(strategyId);
                    return peak.isPresent() ? Optional.of(peak.getAsDouble()) : Optional.empty();
                })
                .orElse(Double.NEGATIVE_INFINITY);
    }

    /** Returns the stored exit levels as rules for the constructed lots. */
    ExitRules rules(HeldStrategy held, LocalDate expiry) {
        List<ExitPlan.ProfitTarget> targets = new ArrayList<>();
        List<ExitPlan.GreekTrigger> greeks = new ArrayList<>();
        List<ExitPlan.Adjustment> adjustments = new ArrayList<>();
        double stop = 0;
        int dte = 0;
        for (ExitLevel level : held.exitLevels()) {
            switch (level.kind()) {
                case PROFIT_TARGET -> {
                    if (level.trigger() > 0 && level.exitFraction() > 0) {
                        targets.add(new ExitPlan.ProfitTarget(
                                level.trigger(), level.exitFraction(), describe(level, "profit target")));
                    }
                }
                case STOP_LOSS -> stop = Math.max(0, -level.trigger());
                case TIME_EXIT -> dte = (int) Math.max(0, Math.round(level.trigger()));
                case GREEK_TRIGGER -> greek(level).ifPresent(greeks::add);
                case ADJUSTMENT -> adjustment(level, held.spotAtAnalysis()).ifPresent(adjustments::add);
            }
        }
        LocalDate timeExitDate = tradingDays.onOrBefore(expiry.minusDays(dte));
        return new ExitRules(
                targets,
                stop,
                settings.absoluteStopRupees(),
                settings.trailingStop(),
                dte,
                timeExitDate,
                settings.maxHoldingTradingDays(),
                greeks,
                adjustments,
                settings.expiryRiskTradingDays(),
                settings.maxQuoteAge());
    }

    private static String describe(ExitLevel level, String fallback) {
        return level.description().isBlank() ? fallback : level.description();
    }

    /** A stored Greek level: "DELTA: action" with the band's limit as its trigger. */
    private static Optional<ExitPlan.GreekTrigger> greek(ExitLevel level) {
        String text = level.description();
        int colon = text.indexOf(':');
        if (colon < 0 || level.trigger() <= 0) {
            return Optional.empty();
        }
        ExitPlan.GreekKind kind;
        try {
            kind = ExitPlan.GreekKind.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String action = text.substring(colon + 1).strip();
        return Optional.of(new ExitPlan.GreekTrigger(
                kind, 0, level.trigger(), level.exitFraction(), action.isEmpty() ? "reduce" : action));
    }

    /**
     * A stored adjustment: "KIND: condition -> suggestion" at the underlying's price; the direction is away from the
     * spot at analysis (a price above it is crossed upwards).
     */
    private static Optional<ExitPlan.Adjustment> adjustment(ExitLevel level, double spot) {
        String text = level.description();
        int colon = text.indexOf(':');
        int arrow = text.indexOf("->");
        if (colon < 0 || arrow < colon || level.trigger() <= 0) {
            return Optional.empty();
        }
        ExitPlan.AdjustmentKind kind;
        try {
            kind = ExitPlan.AdjustmentKind.valueOf(text.substring(0, colon).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (kind == ExitPlan.AdjustmentKind.MORPH) {
            return Optional.empty();
        }
        String condition = text.substring(colon + 1, arrow).strip();
        String suggestion = text.substring(arrow + 2).strip();
        if (condition.isEmpty() || suggestion.isEmpty()) {
            return Optional.empty();
        }
        ExitPlan.Crossing crossing =
                level.trigger() >= spot ? ExitPlan.Crossing.AT_OR_ABOVE : ExitPlan.Crossing.AT_OR_BELOW;
        return Optional.of(new ExitPlan.Adjustment(kind, level.trigger(), crossing, condition, suggestion, List.of()));
    }
}
