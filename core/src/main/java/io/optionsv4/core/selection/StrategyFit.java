package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyMetadata;
import io.optionsv4.core.strategy.StrategyRegistry;
import io.optionsv4.core.strategy.VolatilityBias;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the registry's strategies worth building for one symbol (issue 5, part 3), from its outlook, its IV
 * environment and the market state's preferences.
 *
 * <ol>
 *   <li><b>Outlook:</b> the trend's direction when its confidence reaches {@link
 *       StrategyPreferences#minDirectionConfidence()}, else neutral (also without a trend).
 *   <li><b>Direction:</b> a bullish (bearish) outlook keeps the bullish (bearish) and the direction-neutral strategies
 *       and excludes the opposite ones; a neutral outlook keeps the direction-neutral strategies and the strategies of
 *       {@link StrategyPreferences#neutralOutlookCategories()} (income strategies, though bullish, among them).
 *   <li><b>IV:</b> long-volatility strategies are left out in the environments of {@link
 *       StrategyPreferences#longVolExcludedAt()}, short-volatility ones in {@link
 *       StrategyPreferences#shortVolExcludedAt()}; without an IV environment (no assessment, or no IV rank) nothing is
 *       left out.
 *   <li><b>Market state:</b> its preferred strategies are added whatever the IV environment, unless their bias is
 *       opposite to a bullish or bearish outlook.
 * </ol>
 *
 * <p>The result lists the market state's preferred strategies first, in preference order, then the others in registry
 * order. Immutable and thread-safe.
 */
public final class StrategyFit {

    private final StrategyPreferences preferences;
    private final List<StrategyDefinition> registry;

    /**
     * Strategies that need a physically settled underlying and are never chosen for a cash-settled index: a covered
     * call holds the shares, and a short put on an index settles in cash, so it secures no purchase and is not a
     * cash-secured put (its capital is the margin of a naked short put).
     */
    static final Set<String> STOCK_ONLY = Set.of("Cash-Secured Put", "Covered Call");

    /** Creates the fit over the whole {@link StrategyRegistry}. */
    public StrategyFit(StrategyPreferences preferences) {
        this.preferences = Checks.notNull(preferences, "preferences");
        this.registry = StrategyRegistry.all();
    }

    /**
     * Returns the strategies that fit {@code analysis} in {@code market}, preferred ones first, without duplicates.
     *
     * @param analysis the symbol's analysis
     * @param market the market conditions of the run, empty when unknown (then no state preference applies)
     */
    public List<StrategyDefinition> choose(UnderlyingAnalysis analysis, Optional<MarketConditions> market) {
        Checks.notNull(analysis, "analysis");
        Checks.notNull(market, "market");
        List<StrategyDefinition> fitting = fitting(analysis, market);
        if (!LegPricer.isIndex(analysis.symbol())) {
            return fitting;
        }
        return fitting.stream().filter(d -> !STOCK_ONLY.contains(d.name())).toList();
    }

    private List<StrategyDefinition> fitting(UnderlyingAnalysis analysis, Optional<MarketConditions> market) {
        Direction outlook = outlook(analysis);
        Optional<IvEnvironment> environment = environment(analysis);
        Set<StrategyDefinition> chosen = new LinkedHashSet<>();
        market.ifPresent(m -> {
            for (String name : preferences.preferredIn(m.state())) {
                StrategyDefinition definition = StrategyRegistry.get(name);
                if (!opposite(definition.metadata().directionalBias(), outlook)) {
                    chosen.add(definition);
                }
            }
        });
        for (StrategyDefinition definition : registry) {
            StrategyMetadata metadata = definition.metadata();
            if (fitsOutlook(metadata, outlook) && fitsIv(metadata.volatilityBias(), environment)) {
                chosen.add(definition);
            }
        }
        return List.copyOf(new ArrayList<>(chosen));
    }

    /**
     * Returns the outlook {@link #choose} uses: the trend's direction at or above the minimum confidence, else
     * neutral.
     */
    public Direction outlook(UnderlyingAnalysis analysis) {
        return switch (Checks.notNull(analysis, "analysis").trend()) {
            case TrendAnalysis t ->
                t.confidence() >= preferences.minDirectionConfidence() ? t.direction() : Direction.NEUTRAL;
            case InsufficientHistory h -> Direction.NEUTRAL;
        };
    }

    private boolean fitsOutlook(StrategyMetadata metadata, Direction outlook) {
        DirectionalBias bias = metadata.directionalBias();
        if (outlook == Direction.NEUTRAL) {
            return bias == DirectionalBias.NEUTRAL
                    || preferences.neutralOutlookCategories().contains(metadata.category());
        }
        return !opposite(bias, outlook);
    }

    private boolean fitsIv(VolatilityBias bias, Optional<IvEnvironment> environment) {
        if (environment.isEmpty()) {
            return true;
        }
        return switch (bias) {
            case LONG_VOL -> !preferences.longVolExcludedAt().contains(environment.get());
            case SHORT_VOL -> !preferences.shortVolExcludedAt().contains(environment.get());
            case NEUTRAL -> true;
        };
    }

    private static Optional<IvEnvironment> environment(UnderlyingAnalysis analysis) {
        return switch (analysis.iv()) {
            case IvAssessment a -> a.environment();
            case InsufficientHistory h -> Optional.empty();
        };
    }

    /** Returns true when {@code bias} bets against a bullish or bearish {@code outlook}. */
    static boolean opposite(DirectionalBias bias, Direction outlook) {
        return (outlook == Direction.BULLISH && bias == DirectionalBias.BEARISH)
                || (outlook == Direction.BEARISH && bias == DirectionalBias.BULLISH);
    }
}
