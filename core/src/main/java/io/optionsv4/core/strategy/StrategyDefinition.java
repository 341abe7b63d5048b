package io.optionsv4.core.strategy;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A registered strategy: its name, metadata and leg template, and the rule its strikes follow. Turns strikes, premiums
 * and a size into concrete {@link Leg}s with {@link #legs(StrategyInputs)}.
 *
 * @param name the display name, e.g. {@code "Bull Call Spread"}
 * @param aliases other names it is found by in the {@link StrategyRegistry}
 * @param metadata category, biases, complexity and risk
 * @param legTemplates the legs in their fixed order; premiums are given in this order
 * @param strikeRule how the strikes must relate
 */
public record StrategyDefinition(
        String name,
        List<String> aliases,
        StrategyMetadata metadata,
        List<LegTemplate> legTemplates,
        StrikeRule strikeRule) {

    /** Validates the components: at least one leg, strikes numbered 1..n without gaps. */
    public StrategyDefinition {
        Checks.notBlank(name, "name");
        aliases = List.copyOf(Checks.notNull(aliases, "aliases"));
        Checks.notNull(metadata, "metadata");
        legTemplates = List.copyOf(Checks.notNull(legTemplates, "legTemplates"));
        Checks.argument(!legTemplates.isEmpty(), name + " needs at least one leg");
        Checks.notNull(strikeRule, "strikeRule");
        int count = strikeCount(legTemplates);
        for (int k = 1; k <= count; k++) {
            int number = k;
            Checks.argument(
                    options(legTemplates).stream().anyMatch(o -> o.strikeNumber() == number),
                    name + " has no leg on strike K" + k);
        }
        Checks.argument(strikeRule == StrikeRule.ASCENDING || count == 3, name + ": wing rules need three strikes");
    }

    /** Returns a definition without aliases. */
    public static StrategyDefinition of(
            String name, StrategyMetadata metadata, StrikeRule strikeRule, LegTemplate... legTemplates) {
        return new StrategyDefinition(name, List.of(), metadata, List.of(legTemplates), strikeRule);
    }

    /** Returns a copy that is also found by {@code moreAliases}. */
    public StrategyDefinition withAliases(String... moreAliases) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(List.of(moreAliases));
        return new StrategyDefinition(name, all, metadata, legTemplates, strikeRule);
    }

    /**
     * Returns the opposite strategy under another name: every leg on the other side, same strikes and order. This is
     * how short variants reuse long ones (a bear call spread is an inverted bull call spread).
     */
    public StrategyDefinition inverted(String invertedName, StrategyMetadata invertedMetadata) {
        List<LegTemplate> legs =
                legTemplates.stream().map(LegTemplate::inverted).toList();
        return new StrategyDefinition(invertedName, List.of(), invertedMetadata, legs, strikeRule);
    }

    /** Returns the number of distinct strikes the strategy needs. */
    public int strikeCount() {
        return strikeCount(legTemplates);
    }

    /** Returns the number of option legs: how many premiums {@link #legs(StrategyInputs)} needs. */
    public int premiumCount() {
        return options(legTemplates).size();
    }

    /** Returns true when a leg holds the underlying (its entry price is needed). */
    public boolean holdsUnderlying() {
        return legTemplates.stream().anyMatch(LegTemplate.Underlying.class::isInstance);
    }

    /** Returns true when a leg expires at the far expiry (calendar and diagonal spreads). */
    public boolean spansTwoExpiries() {
        return options(legTemplates).stream().anyMatch(o -> o.expiry() == ExpirySlot.FAR);
    }

    /** Returns the kebab-case name used on the command line, e.g. {@code "bull-call-spread"}. */
    public String slug() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Returns the leg template in words for help texts, e.g. {@code "BUY 1 CALL K1, SELL 1 CALL K2 (K1 < K2 ...)"}. */
    public String describe() {
        String legs = legTemplates.stream().map(LegTemplate::describe).collect(Collectors.joining(", "));
        return strikeCount() < 2 ? legs : legs + " (" + strikeRule.condition() + ")";
    }

    /**
     * Returns the concrete legs for {@code inputs}: option leg {@code i} gets strike {@code K<n>} of its template and
     * premium {@code i}; quantities are ratio times lots times lot size, signed by side.
     *
     * @throws IllegalArgumentException with a message naming this strategy when the number or order of strikes, the
     *     number of premiums, a missing underlying price or a missing far expiry is wrong
     */
    public List<Leg> legs(StrategyInputs inputs) {
        Checks.notNull(inputs, "inputs");
        List<Double> strikes = inputs.strikes();
        Checks.argument(
                strikes.size() == strikeCount(),
                name + " needs " + strikeCount() + " strike(s) (" + strikeRule.condition() + ") but got "
                        + strikes.size() + ": " + strikes);
        strikeRule.check(name, strikes);
        Checks.argument(
                inputs.premiumsPerUnit().size() == premiumCount(),
                name + " needs " + premiumCount() + " premium(s) per unit, one per option leg in the order "
                        + describe() + ", but got " + inputs.premiumsPerUnit().size());
        Checks.argument(
                !holdsUnderlying() || inputs.underlyingPrice() > 0,
                name + " holds the underlying and needs its entry price (> 0)");
        Checks.argument(
                !spansTwoExpiries() || inputs.yearsBetweenExpiries() > 0,
                name + " spans two expiries and needs the years between them (> 0)");
        List<Leg> legs = new ArrayList<>();
        int premium = 0;
        for (LegTemplate template : legTemplates) {
            legs.add(
                    switch (template) {
                        case LegTemplate.Option o ->
                            o.resolve(
                                    strikes.get(o.strikeNumber() - 1),
                                    inputs.premiumsPerUnit().get(premium++),
                                    inputs.units(),
                                    inputs.yearsBetweenExpiries());
                        case LegTemplate.Underlying u -> u.resolve(inputs.underlyingPrice(), inputs.units());
                    });
        }
        return List.copyOf(legs);
    }

    /** Returns the resolved strategy for {@code inputs}; see {@link #legs(StrategyInputs)}. */
    public Strategy resolve(StrategyInputs inputs) {
        return new Strategy(this, legs(inputs));
    }

    private static List<LegTemplate.Option> options(List<LegTemplate> templates) {
        return templates.stream()
                .filter(LegTemplate.Option.class::isInstance)
                .map(LegTemplate.Option.class::cast)
                .toList();
    }

    private static int strikeCount(List<LegTemplate> templates) {
        return options(templates).stream()
                .mapToInt(LegTemplate.Option::strikeNumber)
                .max()
                .orElse(0);
    }
}
