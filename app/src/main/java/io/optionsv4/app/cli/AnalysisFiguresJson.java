package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.amount;
import static io.optionsv4.app.cli.AnalysisJson.breakevens;
import static io.optionsv4.app.cli.AnalysisJson.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.Candidate;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one strategy in the {@code analyze} document ({@link AnalysisStrategyJson}): at executable prices
 * before costs, at the legs' reference prices, and the inputs of the model they were computed with.
 */
final class AnalysisFiguresJson {

    private AnalysisFiguresJson() {}

    /**
     * The gross figures at executable prices.
     *
     * @param maxProfit the most it makes, or {@code "unlimited"}
     * @param maxLoss the most it loses, or {@code "unlimited"}
     * @param breakevens the breakevens, ascending
     * @param probabilityOfProfit the PoP at expiry
     * @param expectedValue the expected P&amp;L at expiry
     * @param prices {@code EXECUTABLE}
     * @param basis {@code GROSS}
     */
    record Figures(
            Object maxProfit,
            Object maxLoss,
            List<Double> breakevens,
            double probabilityOfProfit,
            double expectedValue,
            String prices,
            String basis) {}

    /**
     * The net premium and figures at the legs' reference prices (mid, or close without a book).
     *
     * @param netPremium the net premium
     * @param maxProfit the most it makes, or {@code "unlimited"}
     * @param maxLoss the most it loses, or {@code "unlimited"}
     * @param breakevens the breakevens, ascending
     * @param probabilityOfProfit the PoP at expiry
     * @param expectedValue the expected P&amp;L at expiry
     * @param spreadCost what crossing the spread costs: the reference net premium less the executable one
     */
    record Reference(
            double netPremium,
            Object maxProfit,
            Object maxLoss,
            List<Double> breakevens,
            double probabilityOfProfit,
            double expectedValue,
            double spreadCost) {}

    /**
     * The inputs of the model the figures were computed with that the chain does not give, unrounded, so that a
     * reader (and {@code payoff}) can recompute the PoP with the near chain's rate, year fraction and forward, and the
     * EV with each leg's own IV.
     *
     * @param spot the spot
     * @param volatility the near expiry's ATM volatility
     * @param rate the rate
     * @param dividend the dividend yield
     * @param yearsToExpiry the near expiry's year fraction
     * @param nearExpiry the near expiry
     * @param smile the near expiry's fitted smile, absent when flat
     * @param farExpiry the far expiry of a calendar or diagonal, absent otherwise
     * @param farVolatility the far expiry's ATM volatility, absent without a far expiry or its move
     */
    record Model(
            double spot,
            double volatility,
            double rate,
            double dividend,
            double yearsToExpiry,
            String nearExpiry,
            @JsonInclude(JsonInclude.Include.NON_NULL) Smile smile,
            @JsonInclude(JsonInclude.Include.NON_NULL) String farExpiry,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double farVolatility) {}

    /**
     * The nodes of a fitted smile.
     *
     * @param strikes the node strikes, ascending
     * @param vols the volatility at each
     */
    record Smile(List<Double> strikes, List<Double> vols) {}

    /** Returns the gross figures {@code f} at executable prices. */
    static Figures gross(StrategyFigures f) {
        return new Figures(
                amount(f.maxProfit()),
                amount(f.maxLoss()),
                breakevens(f.breakevens()),
                round(f.probabilityOfProfit(), 4),
                round(f.expectedValue(), 2),
                "EXECUTABLE",
                "GROSS");
    }

    /** Returns the net premium and figures of {@code c} at its legs' reference prices. */
    static Reference reference(Candidate c) {
        StrategyFigures f = c.reference().figures();
        return new Reference(
                round(c.reference().netPremium(), 2),
                amount(f.maxProfit()),
                amount(f.maxLoss()),
                breakevens(f.breakevens()),
                round(f.probabilityOfProfit(), 4),
                round(f.expectedValue(), 2),
                round(c.reference().netPremium() - c.netPremium(), 2));
    }

    /** Returns the inputs of the model of {@code c}, whose underlying was analysed as {@code underlying}. */
    static Model model(Candidate c, UnderlyingAnalysis underlying) {
        Smile smile = c.smile().isFlat()
                ? null
                : new Smile(
                        Arrays.stream(c.smile().nodeStrikes()).boxed().toList(),
                        Arrays.stream(c.smile().nodeVols()).boxed().toList());
        Double farVolatility = c.farExpiry()
                .flatMap(far -> underlying.expectedMoves().stream()
                        .filter(m -> m.expiry().equals(far))
                        .findFirst())
                .map(m -> m.atmIv())
                .orElse(null);
        return new Model(
                c.spot(),
                c.atmVolatility(),
                c.model().rate(),
                c.model().dividendYield(),
                c.model().yearsToExpiry(),
                c.nearExpiry().toString(),
                smile,
                c.farExpiry().map(Object::toString).orElse(null),
                farVolatility);
    }
}
