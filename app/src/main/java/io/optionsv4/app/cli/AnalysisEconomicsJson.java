package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.round;
import static io.optionsv4.app.cli.Json.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.ExitCosts;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.CandidateEconomics;
import java.util.Optional;

/**
 * The trade economics of one strategy in {@code analyze --json} (issue 12): the {@code net} figures after the
 * round-trip costs, the {@code costs} breakdown (entry, exit at the target, settlement at expiry) and the {@code
 * capital} block with the return on capital. Rupees rounded to the paisa.
 */
final class AnalysisEconomicsJson {

    /** The exit the net figures assume, as the JSON states it. */
    static final String EXIT_ASSUMED = "held to the (first) expiry and closed by orders, or settled when cheaper, at"
            + " the underlying price where the position makes its most; net max loss adds the round trip where it"
            + " makes its least";

    private AnalysisEconomicsJson() {}

    /** Adds {@code net}, {@code costs} and {@code capital} of {@code e} to the strategy {@code node}. */
    static void write(ObjectNode node, CandidateEconomics e) {
        ObjectNode net = node.putObject("net");
        figures(net, e.net());
        net.put("basis", "NET");
        net.put("prices", "EXECUTABLE");
        node.set("costs", costs(e));
        node.set("capital", capital(e));
    }

    /** Writes {@code figures} into {@code node}: max profit and loss, breakevens, PoP and EV. */
    static void figures(ObjectNode node, StrategyFigures figures) {
        amount(node, "max_profit", figures.maxProfit());
        amount(node, "max_loss", figures.maxLoss());
        ArrayNode breakevens = node.putArray("breakevens");
        figures.breakevens().forEach(b -> breakevens.add(round(b, 2)));
        node.put("probability_of_profit", round(figures.probabilityOfProfit(), 4));
        node.put("expected_value", round(figures.expectedValue(), 2));
    }

    private static ObjectNode costs(CandidateEconomics e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("exit_assumed", EXIT_ASSUMED);
        ExitCosts target = e.costs().atTarget();
        node.set("entry", charges(target.closed().entry().charges()));
        node.set("exit_at_target", exit(target.spot(), target.closed()));
        target.settled().ifPresent(s -> node.set("settlement_at_expiry", exit(target.spot(), s)));
        node.put("round_trip_at_target", round(target.cheaper().total().rupees(), 2));
        node.put(
                "round_trip_at_max_loss",
                round(e.costs().atLoss().cheaper().total().rupees(), 2));
        node.put("max_loss_underlying", round(e.costs().atLoss().spot(), 2));
        return node;
    }

    private static ObjectNode exit(double spot, RoundTripCosts costs) {
        ObjectNode node = charges(costs.exit().charges());
        node.put("underlying", round(spot, 2));
        node.put("date", costs.exit().tradeDate().toString());
        node.put("round_trip", round(costs.total().rupees(), 2));
        return node;
    }

    private static ObjectNode charges(Charges c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("brokerage", round(c.brokerage().rupees(), 2));
        node.put("stt", round(c.stt().rupees(), 2));
        node.put("exchange", round(c.exchange().rupees(), 2));
        node.put("sebi", round(c.sebi().rupees(), 2));
        node.put("stamp_duty", round(c.stampDuty().rupees(), 2));
        node.put("ipft", round(c.ipft().rupees(), 2));
        node.put("gst", round(c.gst().rupees(), 2));
        node.put("total", round(c.total().rupees(), 2));
        return node;
    }

    private static ObjectNode capital(CandidateEconomics e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("capital_required", round(e.capitalRequired().rupees(), 2));
        node.put("source", e.capitalSource());
        MarginRequirement m = e.margin();
        node.put("local_capital_required", round(m.capitalRequired().rupees(), 2));
        node.put("local_span", round(m.span().rupees(), 2));
        node.put("local_exposure", round(m.exposure().rupees(), 2));
        ObjectNode roc = node.putObject("return_on_capital");
        ratio(roc, "net_max_profit", e.returnOnMaxProfit(), e.net().maxProfit().isUnlimited());
        ratio(roc, "net_expected_value", e.returnOnExpectedValue(), false);
        return node;
    }

    private static void ratio(ObjectNode node, String field, Optional<Double> value, boolean unlimited) {
        if (value.isPresent()) {
            node.put(field, round(value.get(), 4));
        } else if (unlimited) {
            node.put(field, "unlimited");
        } else {
            node.putNull(field);
        }
    }

    private static void amount(ObjectNode node, String field, Amount amount) {
        switch (amount) {
            case Amount.Finite f -> node.put(field, round(f.rupees(), 2));
            case Amount.Unlimited u -> node.put(field, "unlimited");
        }
    }
}
