package io.optionsv4.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.optionsv4.core.costs.ExitCosts;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON output of {@code options-v4 payoff} (schema: {@code docs/schema/payoff.schema.json}), on one line. An
 * unbounded figure is the string {@code "unlimited"}, so those figures are typed {@code Object}: a {@code Double} or
 * that string.
 */
final class PayoffJson {

    private PayoffJson() {}

    /**
     * The document: the figures at executable prices, then {@code gross} (the same at the given premiums), {@code
     * net} (after costs), {@code costs}, {@code margin}, {@code capital_required}, {@code return_on_capital} and the
     * legs.
     *
     * @param maxProfit rupees or {@code "unlimited"}
     * @param maxLoss rupees or {@code "unlimited"}
     * @param prices always {@code EXECUTABLE}: the figures above are at executable prices
     * @param strategy the registered strategy's name; absent for legs given as JSON
     */
    record Document(
            Object maxProfit,
            Object maxLoss,
            List<Double> breakevens,
            double probabilityOfProfit,
            double expectedValue,
            String prices,
            double netPremium,
            Gross gross,
            Net net,
            Costs costs,
            Margin margin,
            double capitalRequired,
            ReturnOnCapital returnOnCapital,
            @JsonInclude(JsonInclude.Include.NON_NULL) String strategy,
            List<LegJson> legs) {}

    /** The figures at the given premiums, and what crossing the spread costs. */
    record Gross(
            double netPremium,
            Object maxProfit,
            Object maxLoss,
            List<Double> breakevens,
            double probabilityOfProfit,
            double expectedValue,
            double spreadCost) {}

    /** The figures at executable prices after the costs of the round trip. */
    record Net(Object maxProfit, Object maxLoss, double expectedValue) {}

    /** The cost stack: entry, and the exit at the target and at the maximum loss. */
    record Costs(String tradeDate, String expiry, ChargesJson entry, Exit atTarget, Exit atMaxLoss) {}

    /** An exit at {@code spot}: closed, settled (absent when not possible) and the cheaper round trip. */
    record Exit(
            double spot,
            RoundTrip closed,
            @JsonInclude(JsonInclude.Include.NON_NULL) RoundTrip settled,
            double roundTrip) {}

    /** The exit's charges and the round trip's total. */
    record RoundTrip(ChargesJson exit, double total) {}

    /** The margin blocked, rupees. */
    record Margin(
            double scanRisk,
            double span,
            double exposure,
            double premiumRequired,
            double premiumReceived,
            double capitalRequired) {}

    /**
     * Net figures over the capital required; a figure is absent when it cannot be had (no capital required), {@code
     * max_profit} is {@code "unlimited"} when the profit is.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReturnOnCapital(Object maxProfit, Double expectedValue) {}

    /** A leg: an option or the underlying. */
    sealed interface LegJson permits OptionLegJson, StockLegJson {}

    /** An option leg at its given and its executable price; {@code years_after_first_expiry} for a later one. */
    record OptionLegJson(
            String right,
            String side,
            double strike,
            double premium,
            int lots,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double yearsAfterFirstExpiry,
            double bid,
            double ask,
            double executable,
            String priceSource)
            implements LegJson {}

    /** A stock leg. */
    record StockLegJson(String type, String side, double price, int lots) implements LegJson {}

    /** Returns the document of {@code report} as one line of JSON. */
    static String write(PayoffReport report) {
        try {
            return Json.ONE_LINE.writeValueAsString(document(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the document of {@code report}. */
    static Document document(PayoffReport report) {
        StrategyFigures x = report.executable();
        StrategyFigures g = report.gross();
        PayoffEconomics e = report.economics();
        Gross gross = new Gross(
                report.grossNetPremium(),
                amount(g.maxProfit()),
                amount(g.maxLoss()),
                g.breakevens(),
                g.probabilityOfProfit(),
                g.expectedValue(),
                report.grossNetPremium() - report.netPremium());
        Net net = new Net(
                amount(e.net().maxProfit()), amount(e.net().maxLoss()), e.net().expectedValue());
        Costs costs = new Costs(
                e.tradeDate().toString(),
                e.expiry().toString(),
                ChargesJson.of(e.atTarget().closed().entry().charges()),
                exit(e.atTarget()),
                exit(e.atLoss()));
        Object rocMaxProfit = e.returnOnCapital(e.net().maxProfit())
                .<Object>map(r -> r)
                .orElse(e.net().maxProfit() instanceof Amount.Unlimited ? AnalysisJson.UNLIMITED : null);
        ReturnOnCapital roc = new ReturnOnCapital(
                rocMaxProfit,
                e.returnOnCapital(new Amount.Finite(e.net().expectedValue())).orElse(null));
        String name = report.position().name();
        int lotSize = report.position().lotSize();
        return new Document(
                amount(x.maxProfit()),
                amount(x.maxLoss()),
                x.breakevens(),
                x.probabilityOfProfit(),
                x.expectedValue(),
                "EXECUTABLE",
                report.netPremium(),
                gross,
                net,
                costs,
                margin(e.margin()),
                e.margin().capitalRequired().rupees(),
                roc,
                name.isEmpty() ? null : name,
                report.legs().stream().map(l -> leg(l, lotSize)).toList());
    }

    private static Exit exit(ExitCosts exit) {
        return new Exit(
                exit.spot(),
                roundTrip(exit.closed()),
                exit.settled().map(PayoffJson::roundTrip).orElse(null),
                exit.cheaper().total().rupees());
    }

    private static RoundTrip roundTrip(RoundTripCosts costs) {
        return new RoundTrip(
                ChargesJson.of(costs.exit().charges()), costs.total().rupees());
    }

    private static Margin margin(MarginRequirement m) {
        return new Margin(
                m.scanRisk().rupees(),
                m.span().rupees(),
                m.exposure().rupees(),
                m.premiumRequired().rupees(),
                m.premiumReceived().rupees(),
                m.capitalRequired().rupees());
    }

    /** Returns rupees as a {@code Double}, or {@code "unlimited"}. */
    private static Object amount(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> f.rupees();
            case Amount.Unlimited u -> AnalysisJson.UNLIMITED;
        };
    }

    private static LegJson leg(PayoffPricing.PricedLeg priced, int lotSize) {
        return switch (priced.gross()) {
            case OptionLeg o ->
                new OptionLegJson(
                        o.right().name(),
                        o.side().name(),
                        o.strike(),
                        o.premiumPerUnit(),
                        Math.abs(o.quantity()) / lotSize,
                        o.expiresFirst() ? null : o.yearsAfterFirstExpiry(),
                        priced.bid(),
                        priced.ask(),
                        ((OptionLeg) priced.executable()).premiumPerUnit(),
                        priced.source().name());
            case UnderlyingLeg u ->
                new StockLegJson(
                        "STOCK", u.quantity() > 0 ? "BUY" : "SELL", u.entryPrice(), Math.abs(u.quantity()) / lotSize);
        };
    }
}
