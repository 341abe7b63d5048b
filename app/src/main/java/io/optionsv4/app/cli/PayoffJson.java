package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.UnderlyingLeg;

/** The JSON output of {@code options-v4 payoff} (schema: {@code docs/schema/payoff.schema.json}). */
final class PayoffJson {

    private PayoffJson() {}

    /**
     * Writes the figures at executable prices ({@code max_profit}, {@code max_loss}, {@code breakevens}, {@code
     * probability_of_profit}, {@code expected_value}, {@code prices: "EXECUTABLE"}), then {@code gross} (the same at
     * the given premiums), {@code net} (after costs), {@code costs}, {@code margin}, {@code capital_required}, {@code
     * return_on_capital} and the legs. An unbounded figure is the string {@code "unlimited"}.
     */
    static String write(PayoffReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        figures(root, report.executable());
        root.put("prices", "EXECUTABLE");
        root.put("net_premium", report.netPremium());
        ObjectNode gross = root.putObject("gross");
        gross.put("net_premium", report.grossNetPremium());
        figures(gross, report.gross());
        gross.put("spread_cost", report.grossNetPremium() - report.netPremium());
        PayoffEconomics e = report.economics();
        ObjectNode net = root.putObject("net");
        amount(net, "max_profit", e.net().maxProfit());
        amount(net, "max_loss", e.net().maxLoss());
        net.put("expected_value", e.net().expectedValue());
        ObjectNode costs = root.putObject("costs");
        costs.put("trade_date", e.tradeDate().toString());
        costs.put("expiry", e.expiry().toString());
        costs.set("entry", charges(e.atTarget().closed().entry().charges()));
        costs.set("at_target", exit(e.atTarget()));
        costs.set("at_max_loss", exit(e.atLoss()));
        root.set("margin", margin(e.margin()));
        root.put("capital_required", e.margin().capitalRequired().rupees());
        ObjectNode roc = root.putObject("return_on_capital");
        e.returnOnCapital(e.net().maxProfit()).ifPresentOrElse(r -> roc.put("max_profit", r), () -> {
            if (e.net().maxProfit() instanceof Amount.Unlimited) {
                roc.put("max_profit", "unlimited");
            }
        });
        e.returnOnCapital(new Amount.Finite(e.net().expectedValue())).ifPresent(r -> roc.put("expected_value", r));
        if (!report.position().name().isEmpty()) {
            root.put("strategy", report.position().name());
        }
        ArrayNode legs = root.putArray("legs");
        for (PayoffPricing.PricedLeg leg : report.legs()) {
            legs.add(leg(leg, report.position().lotSize()));
        }
        return root.toString();
    }

    private static void figures(ObjectNode node, StrategyFigures figures) {
        amount(node, "max_profit", figures.maxProfit());
        amount(node, "max_loss", figures.maxLoss());
        ArrayNode breakevens = node.putArray("breakevens");
        figures.breakevens().forEach(breakevens::add);
        node.put("probability_of_profit", figures.probabilityOfProfit());
        node.put("expected_value", figures.expectedValue());
    }

    private static ObjectNode exit(io.optionsv4.core.costs.ExitCosts exit) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("spot", exit.spot());
        node.set("closed", roundTrip(exit.closed()));
        exit.settled().ifPresent(s -> node.set("settled", roundTrip(s)));
        node.put("round_trip", exit.cheaper().total().rupees());
        return node;
    }

    private static ObjectNode roundTrip(RoundTripCosts costs) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("exit", charges(costs.exit().charges()));
        node.put("total", costs.total().rupees());
        return node;
    }

    private static ObjectNode charges(Charges c) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("brokerage", c.brokerage().rupees());
        node.put("stt", c.stt().rupees());
        node.put("exchange", c.exchange().rupees());
        node.put("sebi", c.sebi().rupees());
        node.put("stamp_duty", c.stampDuty().rupees());
        node.put("ipft", c.ipft().rupees());
        node.put("gst", c.gst().rupees());
        node.put("total", c.total().rupees());
        return node;
    }

    private static ObjectNode margin(MarginRequirement m) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("scan_risk", m.scanRisk().rupees());
        node.put("span", m.span().rupees());
        node.put("exposure", m.exposure().rupees());
        node.put("premium_required", m.premiumRequired().rupees());
        node.put("premium_received", m.premiumReceived().rupees());
        node.put("capital_required", m.capitalRequired().rupees());
        return node;
    }

    private static void amount(ObjectNode root, String field, Amount amount) {
        switch (amount) {
            case Amount.Finite f -> root.put(field, f.rupees());
            case Amount.Unlimited u -> root.put(field, "unlimited");
        }
    }

    private static ObjectNode leg(PayoffPricing.PricedLeg priced, int lotSize) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        Leg leg = priced.gross();
        switch (leg) {
            case OptionLeg o -> {
                node.put("right", o.right().name());
                node.put("side", o.side().name());
                node.put("strike", o.strike());
                node.put("premium", o.premiumPerUnit());
                node.put("lots", Math.abs(o.quantity()) / lotSize);
                if (!o.expiresFirst()) {
                    node.put("years_after_first_expiry", o.yearsAfterFirstExpiry());
                }
                node.put("bid", priced.bid());
                node.put("ask", priced.ask());
                node.put("executable", ((OptionLeg) priced.executable()).premiumPerUnit());
                node.put("price_source", priced.source().name());
            }
            case UnderlyingLeg u -> {
                node.put("type", "STOCK");
                node.put("side", u.quantity() > 0 ? "BUY" : "SELL");
                node.put("price", u.entryPrice());
                node.put("lots", Math.abs(u.quantity()) / lotSize);
            }
        }
        return node;
    }
}
