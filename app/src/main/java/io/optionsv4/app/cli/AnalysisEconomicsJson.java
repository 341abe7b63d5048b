package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.UNLIMITED;
import static io.optionsv4.app.cli.AnalysisJson.amount;
import static io.optionsv4.app.cli.AnalysisJson.breakevens;
import static io.optionsv4.app.cli.AnalysisJson.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.optionsv4.core.costs.ExitCosts;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.CandidateEconomics;
import java.util.List;

/**
 * The trade economics of one strategy in {@code analyze --json} (issue 12; {@link AnalysisStrategyJson}): the {@code
 * net} figures after the round-trip costs, the {@code costs} breakdown (entry, exit at the target, settlement at
 * expiry) and the {@code capital} block with the return on capital. Rupees rounded to the paisa.
 */
final class AnalysisEconomicsJson {

    /** The exit the net figures assume, as the JSON states it. */
    static final String EXIT_ASSUMED = "held to the (first) expiry and closed by orders, or settled when cheaper, at"
            + " the underlying price where the position makes its most; net max loss adds the round trip where it"
            + " makes its least";

    private AnalysisEconomicsJson() {}

    /**
     * The figures after the round-trip costs.
     *
     * @param maxProfit the most it makes, or {@code "unlimited"}
     * @param maxLoss the most it loses, or {@code "unlimited"}
     * @param breakevens the breakevens, ascending
     * @param probabilityOfProfit the PoP at expiry
     * @param expectedValue the expected P&amp;L at expiry
     * @param basis {@code NET}
     * @param prices {@code EXECUTABLE}
     */
    record Net(
            Object maxProfit,
            Object maxLoss,
            List<Double> breakevens,
            double probabilityOfProfit,
            double expectedValue,
            String basis,
            String prices) {}

    /**
     * The round-trip costs.
     *
     * @param exitAssumed the exit the net figures assume, in words
     * @param entry the entry orders' charges
     * @param exitAtTarget the exit by orders where the position makes its most
     * @param settlementAtExpiry settlement at expiry there, absent when it cannot settle
     * @param roundTripAtTarget the cheaper round trip there
     * @param roundTripAtMaxLoss the cheaper round trip where the position makes its least
     * @param maxLossUnderlying that underlying price
     */
    record Costs(
            String exitAssumed,
            ChargesJson entry,
            ExitJson exitAtTarget,
            @JsonInclude(JsonInclude.Include.NON_NULL) ExitJson settlementAtExpiry,
            double roundTripAtTarget,
            double roundTripAtMaxLoss,
            double maxLossUnderlying) {}

    /**
     * The charges of an exit and what it is at.
     *
     * @param charges the exit's contract note (its keys inline)
     * @param underlying the underlying price at the exit
     * @param date the day of the exit
     * @param roundTrip the round trip's charges
     */
    record ExitJson(@JsonUnwrapped ChargesJson charges, double underlying, String date, double roundTrip) {}

    /**
     * The capital the position ties up.
     *
     * @param capitalRequired the capital required
     * @param source where it comes from, e.g. {@code local} or {@code dhan}
     * @param localCapitalRequired the local NSE-like margin's capital
     * @param localSpan its SPAN
     * @param localExposure its exposure margin
     * @param returnOnCapital the return on the capital required
     */
    record Capital(
            double capitalRequired,
            String source,
            double localCapitalRequired,
            double localSpan,
            double localExposure,
            ReturnOnCapital returnOnCapital) {}

    /**
     * The return on capital (null when there is none to compute).
     *
     * @param netMaxProfit the net max profit over the capital, or {@code "unlimited"}
     * @param netExpectedValue the net expected value over the capital
     */
    record ReturnOnCapital(Object netMaxProfit, Double netExpectedValue) {}

    /** Returns the net figures of {@code e}. */
    static Net net(CandidateEconomics e) {
        StrategyFigures f = e.net();
        return new Net(
                amount(f.maxProfit()),
                amount(f.maxLoss()),
                breakevens(f.breakevens()),
                round(f.probabilityOfProfit(), 4),
                round(f.expectedValue(), 2),
                "NET",
                "EXECUTABLE");
    }

    /** Returns the round-trip costs of {@code e}. */
    static Costs costs(CandidateEconomics e) {
        ExitCosts target = e.costs().atTarget();
        return new Costs(
                EXIT_ASSUMED,
                ChargesJson.of(target.closed().entry().charges()),
                exit(target.spot(), target.closed()),
                target.settled().map(s -> exit(target.spot(), s)).orElse(null),
                round(target.cheaper().total().rupees(), 2),
                round(e.costs().atLoss().cheaper().total().rupees(), 2),
                round(e.costs().atLoss().spot(), 2));
    }

    /** Returns the capital {@code e} ties up. */
    static Capital capital(CandidateEconomics e) {
        MarginRequirement m = e.margin();
        Object maxProfit = e.returnOnMaxProfit()
                .<Object>map(r -> round(r, 4))
                .orElse(e.net().maxProfit().isUnlimited() ? UNLIMITED : null);
        return new Capital(
                round(e.capitalRequired().rupees(), 2),
                e.capitalSource(),
                round(m.capitalRequired().rupees(), 2),
                round(m.span().rupees(), 2),
                round(m.exposure().rupees(), 2),
                new ReturnOnCapital(
                        maxProfit,
                        e.returnOnExpectedValue().map(r -> round(r, 4)).orElse(null)));
    }

    private static ExitJson exit(double spot, RoundTripCosts costs) {
        return new ExitJson(
                ChargesJson.of(costs.exit().charges()),
                round(spot, 2),
                costs.exit().tradeDate().toString(),
                round(costs.total().rupees(), 2));
    }
}
