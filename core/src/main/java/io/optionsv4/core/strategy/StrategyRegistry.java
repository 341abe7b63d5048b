package io.optionsv4.core.strategy;

import io.optionsv4.core.result.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The strategies of the system, found by name.
 *
 * <p>The original system documents "22+" strategies in five groups whose listed names add up to 23: directional (6)
 * Long Call, Long Put, Bull Call Spread, Bear Call Spread, Bull Put Spread, Bear Put Spread; neutral (5) Iron Condor,
 * Iron Butterfly, Butterfly Spread, Short Straddle, Short Strangle; volatility (4) Long Straddle, Short Straddle, Long
 * Strangle, Short Strangle; income (2) Cash-Secured Put, Covered Call; advanced (6) Calendar Spread, Diagonal Spread,
 * Call Ratio Spread, Put Ratio Spread, Jade Lizard, Broken Wing Butterfly. Short Straddle and Short Strangle are listed
 * twice, so there are 21 distinct strategies. The registry holds those 21 plus four put variants of the call-based
 * ones: Put Butterfly, Put Calendar Spread, Put Diagonal Spread and Put Broken Wing Butterfly — 25 definitions in all.
 * The unprefixed Butterfly Spread, Calendar Spread, Diagonal Spread and Broken Wing Butterfly are the call variants.
 *
 * <p>Lookup ignores case, spaces, hyphens and underscores: {@code "Bull Call Spread"}, {@code "bull-call-spread"} and
 * {@code "BULL_CALL_SPREAD"} find the same definition; each definition's aliases (e.g. {@code "BWB"}, {@code "CSP"})
 * work the same way. Immutable and thread-safe.
 */
public final class StrategyRegistry {

    private static final List<StrategyDefinition> ALL = List.of(
            LongCall.DEFINITION,
            LongPut.DEFINITION,
            BullCallSpread.DEFINITION,
            BearCallSpread.DEFINITION,
            BullPutSpread.DEFINITION,
            BearPutSpread.DEFINITION,
            IronCondor.DEFINITION,
            IronButterfly.DEFINITION,
            ButterflySpread.DEFINITION,
            PutButterfly.DEFINITION,
            LongStraddle.DEFINITION,
            ShortStraddle.DEFINITION,
            LongStrangle.DEFINITION,
            ShortStrangle.DEFINITION,
            CashSecuredPut.DEFINITION,
            CoveredCall.DEFINITION,
            CalendarSpread.DEFINITION,
            PutCalendarSpread.DEFINITION,
            DiagonalSpread.DEFINITION,
            PutDiagonalSpread.DEFINITION,
            CallRatioSpread.DEFINITION,
            PutRatioSpread.DEFINITION,
            JadeLizard.DEFINITION,
            BrokenWingButterfly.DEFINITION,
            PutBrokenWingButterfly.DEFINITION);

    private static final Map<String, StrategyDefinition> BY_KEY = index(ALL);

    private StrategyRegistry() {}

    /** Returns every registered definition, in the order of the class comment. */
    public static List<StrategyDefinition> all() {
        return ALL;
    }

    /**
     * Returns the definition called {@code name} (display name, kebab-case, snake-case or an alias, any case), or empty
     * when there is none.
     */
    public static Optional<StrategyDefinition> find(String name) {
        return Optional.ofNullable(BY_KEY.get(key(Checks.notNull(name, "name"))));
    }

    /**
     * Returns the definition called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown strategy and listing the known ones
     */
    public static StrategyDefinition get(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name + "'; known: "
                        + ALL.stream().map(StrategyDefinition::slug).toList()));
    }

    private static Map<String, StrategyDefinition> index(List<StrategyDefinition> definitions) {
        Map<String, StrategyDefinition> map = new LinkedHashMap<>();
        for (StrategyDefinition d : definitions) {
            put(map, d.name(), d);
            d.aliases().forEach(alias -> put(map, alias, d));
        }
        return Map.copyOf(map);
    }

    private static void put(Map<String, StrategyDefinition> map, String name, StrategyDefinition definition) {
        StrategyDefinition previous = map.putIfAbsent(key(name), definition);
        if (previous != null && previous != definition) {
            throw new IllegalStateException(
                    "strategy name '" + name + "' is used by " + previous.name() + " and " + definition.name());
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
