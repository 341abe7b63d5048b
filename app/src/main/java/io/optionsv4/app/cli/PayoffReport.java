package io.optionsv4.app.cli;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.VolatilitySmile;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code payoff} shows of a position: its legs priced for execution, the figures at the given premiums
 * ({@code gross}) and at executable prices, and the costs, net figures and margin at executable prices.
 *
 * @param position the position as read
 * @param legs each leg at its given and its executable price
 * @param gross the figures at the given premiums
 * @param executable the figures at executable prices (buy at the ask, sell at the bid)
 * @param economics costs, net figures and margin
 */
record PayoffReport(
        PayoffCommand.Position position,
        List<PayoffPricing.PricedLeg> legs,
        StrategyFigures gross,
        StrategyFigures executable,
        PayoffEconomics economics) {

    /**
     * Prices and analyses {@code position} traded on {@code tradeDate}.
     *
     * @param spread whether legs without a book get the spread model's bid and ask
     * @throws IllegalArgumentException for a bad book, or a trade date the rate table does not cover (naming it)
     */
    static PayoffReport of(PayoffCommand.Position position, boolean spread, LocalDate tradeDate) {
        List<PayoffPricing.PricedLeg> priced = PayoffPricing.price(position, spread);
        StrategyFigures gross = figures(position, PayoffPricing.gross(priced));
        List<Leg> executableLegs = PayoffPricing.executable(priced);
        StrategyFigures executable = figures(position, executableLegs);
        PayoffEconomics economics;
        try {
            economics = PayoffEconomics.of(position, executableLegs, executable, tradeDate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "trade date " + tradeDate + " (as_of, else today): no costs: " + e.getMessage(), e);
        }
        return new PayoffReport(position, priced, gross, executable, economics);
    }

    /** Returns the legs at executable prices. */
    List<Leg> executableLegs() {
        return PayoffPricing.executable(legs);
    }

    /** Returns the net premium at executable prices: received positive, paid negative, rupees. */
    double netPremium() {
        return -executableLegs().stream()
                .filter(OptionLeg.class::isInstance)
                .mapToDouble(Leg::entryCost)
                .sum();
    }

    /** Returns the net premium at the given premiums: received positive, paid negative, rupees. */
    double grossNetPremium() {
        return -PayoffPricing.gross(legs).stream()
                .filter(OptionLeg.class::isInstance)
                .mapToDouble(Leg::entryCost)
                .sum();
    }

    /**
     * Returns the figures of {@code legs} (in the order of the position's legs and quotes): under the given smile's
     * distribution with every option leg at its own {@code iv} when a smile is given (as {@code analyze}), else under
     * one lognormal at the position's volatility.
     */
    private static StrategyFigures figures(PayoffCommand.Position position, List<Leg> legs) {
        if (position.smile().isEmpty()) {
            return PayoffAnalyzer.figures(legs, position.model(), position.laterVolatility());
        }
        VolatilitySmile smile = position.smile().get();
        Map<Leg, Double> vols = new IdentityHashMap<>();
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i) instanceof OptionLeg o) {
                double fallback = o.expiresFirst() ? smile.vol(o.strike()) : position.laterVolatility();
                vols.put(o, position.quotes().get(i).volatilityOr(fallback));
            }
        }
        return PayoffAnalyzer.figures(legs, new SmileDistribution(position.model(), smile), leg -> vols.get(leg));
    }
}
