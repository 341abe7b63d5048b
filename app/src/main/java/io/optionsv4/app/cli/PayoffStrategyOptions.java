package io.optionsv4.app.cli;

import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code options-v4 payoff} that build a registered strategy instead of reading JSON. */
final class PayoffStrategyOptions {

    @Option(
            names = "--strategy",
            required = true,
            paramLabel = "NAME",
            description = "Strategy name, e.g. bull-call-spread.")
    String name;

    @Option(names = "--index", description = "The underlying is an index (index margin rates and spreads).")
    boolean index;

    @Option(names = "--strikes", required = true, split = ",", paramLabel = "K", description = "Strikes, ascending.")
    List<Double> strikes;

    @Option(
            names = "--premiums",
            split = ",",
            paramLabel = "P",
            description = "Premium per unit of each option leg, in the strategy's leg order"
                    + " (default: Black-Scholes-Merton at --volatility).")
    List<Double> premiums;

    @Option(names = "--spot", required = true, description = "Underlying price now.")
    double spot;

    @Option(names = "--volatility", required = true, description = "Annual volatility, decimal (0.25 = 25%%).")
    double volatility;

    @Option(
            names = "--rate",
            defaultValue = "0.065",
            description = "Risk-free rate, decimal (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--dividend",
            defaultValue = "0",
            description = "Dividend yield, decimal (default: ${DEFAULT-VALUE}).")
    double dividend;

    @Option(names = "--days", required = true, description = "Calendar days to the (near) expiry.")
    double days;

    @Option(names = "--far-days", description = "Calendar days to the far expiry (calendar and diagonal spreads).")
    Double farDays;

    @Option(names = "--lot-size", defaultValue = "1", description = "Units per lot (default: ${DEFAULT-VALUE}).")
    int lotSize;

    @Option(names = "--lots", defaultValue = "1", description = "Number of lots (default: ${DEFAULT-VALUE}).")
    int lots;

    @Option(
            names = "--underlying-price",
            description = "Entry price of the underlying leg (covered call); default --spot.")
    Double underlyingPrice;

    /** Returns the position of the registered strategy these options describe. */
    PayoffCommand.Position build() {
        StrategyDefinition definition = StrategyRegistry.find(name)
                .orElseThrow(() -> new IllegalArgumentException("--strategy: unknown strategy '" + name + "'"
                        + Suggestions.didYouMean(
                                name,
                                StrategyRegistry.all().stream()
                                        .map(StrategyDefinition::slug)
                                        .toList())
                        + "; 'options-v4 payoff --list-strategies' lists the names"));
        if (!(volatility > 0 && volatility <= PayoffRequest.MAX_VOLATILITY)) {
            throw new IllegalArgumentException(
                    volatility > PayoffRequest.MAX_VOLATILITY
                            ? "--volatility " + volatility
                                    + " looks like a percentage: write it as a decimal, e.g. " + volatility / 100
                                    + " for " + volatility + "%"
                            : "--volatility must be a decimal in (0, 5], e.g. 0.25 for 25%, but was " + volatility);
        }
        double years = days / PayoffRequest.DAYS_PER_YEAR;
        ProbabilityModel model = ProbabilityModel.of(spot, volatility, rate, dividend, years);
        double gapYears = 0;
        if (definition.spansTwoExpiries()) {
            if (farDays == null || farDays <= days) {
                throw new IllegalArgumentException(
                        definition.name() + " needs --far-days greater than --days (the far expiry)");
            }
            gapYears = (farDays - days) / PayoffRequest.DAYS_PER_YEAR;
        }
        StrategyInputs base = new StrategyInputs(
                strikes,
                zeros(definition.premiumCount()),
                lots,
                lotSize,
                definition.holdsUnderlying() ? (underlyingPrice == null ? spot : underlyingPrice) : 0.0,
                gapYears);
        List<Double> premiumsPerUnit = premiums != null ? premiums : theoretical(definition.legs(base), model);
        if (premiumsPerUnit.size() != definition.premiumCount()) {
            throw new IllegalArgumentException(definition.name() + " needs " + definition.premiumCount()
                    + " premiums (one per option leg) but got " + premiumsPerUnit.size());
        }
        StrategyInputs inputs =
                new StrategyInputs(base.strikes(), premiumsPerUnit, lots, lotSize, base.underlyingPrice(), gapYears);
        List<Leg> legs = definition.legs(inputs);
        PayoffMarket market =
                new PayoffMarket("", index ? UnderlyingKind.INDEX : UnderlyingKind.STOCK, Optional.empty());
        return new PayoffCommand.Position(
                definition.name(),
                legs,
                Collections.nCopies(legs.size(), LegQuote.NONE),
                model,
                volatility,
                lotSize,
                market,
                Optional.empty());
    }

    private static List<Double> zeros(int count) {
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            zeros.add(0.0);
        }
        return zeros;
    }

    private static List<Double> theoretical(List<Leg> legs, ProbabilityModel model) {
        List<Double> premiums = new ArrayList<>();
        for (Leg leg : legs) {
            if (leg instanceof OptionLeg o) {
                premiums.add(BlackScholesMerton.price(
                        o.right(),
                        model.spot(),
                        o.strike(),
                        model.yearsToExpiry() + o.yearsAfterFirstExpiry(),
                        model.annualVol(),
                        model.rate(),
                        model.dividendYield()));
            }
        }
        return premiums;
    }
}
