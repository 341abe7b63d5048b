package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.UnderlyingLeg;

/** The JSON output of {@code options-v4 payoff}. */
final class PayoffJson {

    private PayoffJson() {}

    /**
     * Writes {@code {"max_profit","max_loss","breakevens","probability_of_profit","expected_value"}}; an unbounded
     * figure is
     * the string {@code "unlimited"}. For a registered strategy the name and the legs it was built with follow.
     */
    static String write(StrategyFigures figures, PayoffCommand.Position position) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        amount(root, "max_profit", figures.maxProfit());
        amount(root, "max_loss", figures.maxLoss());
        ArrayNode breakevens = root.putArray("breakevens");
        figures.breakevens().forEach(breakevens::add);
        root.put("probability_of_profit", figures.probabilityOfProfit());
        root.put("expected_value", figures.expectedValue());
        if (!position.name().isEmpty()) {
            root.put("strategy", position.name());
            ArrayNode legs = root.putArray("legs");
            for (Leg leg : position.legs()) {
                legs.add(leg(leg, position.lotSize()));
            }
        }
        return root.toString();
    }

    private static void amount(ObjectNode root, String field, Amount amount) {
        switch (amount) {
            case Amount.Finite f -> root.put(field, f.rupees());
            case Amount.Unlimited u -> root.put(field, "unlimited");
        }
    }

    private static ObjectNode leg(Leg leg, int lotSize) {
        ObjectNode node = Json.MAPPER.createObjectNode();
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
