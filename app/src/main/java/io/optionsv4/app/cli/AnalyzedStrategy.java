package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Reads a strategy object exactly as {@code analyze --json} writes it ({@code .symbols[i].strategies[j]}) as a
 * {@code payoff} position, so that {@code jq '.symbols[0].strategies[0]' | options-v4 payoff} recomputes its figures:
 * the spot, volatility, rate, dividend yield and years to the near expiry come from its {@code model}, the lot size
 * from {@code lot_size}, the option legs from {@code legs} (a leg expiring after {@code model.near_expiry} is valued
 * at the near expiry with {@code model.far_volatility}), and a covered call's stock from {@code underlying_leg}. Each
 * leg's premium is its {@code reference_price} (the mid or close; its {@code premium} when absent) with its {@code
 * bid}, {@code ask} and {@code iv}, so that {@code payoff} recomputes the executable figures from the book; the trade
 * date is {@code model.near_expiry} less {@code days_to_expiry}, the symbol that of the first leg (an index when it is
 * one of {@link #INDICES}). Every other field (scores, Greeks, the exit plan) is description and ignored.
 */
final class AnalyzedStrategy {

    /** The NSE index underlyings with options; every other symbol is a stock. */
    static final Set<String> INDICES = Set.of("NIFTY", "BANKNIFTY", "FINNIFTY", "MIDCPNIFTY", "NIFTYNXT50");

    private AnalyzedStrategy() {}

    /** Returns whether {@code root} is an analysed strategy: it has a {@code model} object next to its legs. */
    static boolean matches(JsonNode root) {
        return root.path("model").isObject() && root.has("legs");
    }

    /** Returns the position of the analysed strategy {@code root} in {@code payoff}'s own input form. */
    static ObjectNode toPosition(JsonNode root) {
        JsonNode model = root.get("model");
        ObjectNode position = Json.MAPPER.createObjectNode();
        position.set("spot", required(model, "model.spot"));
        position.set("volatility", required(model, "model.volatility"));
        if (model.has("far_volatility")) {
            position.set("later_volatility", model.get("far_volatility"));
        }
        if (model.has("rate")) {
            position.set("rate", model.get("rate"));
        }
        if (model.has("dividend")) {
            position.set("dividend", model.get("dividend"));
        }
        if (model.has("smile")) {
            position.set("smile", model.get("smile"));
        }
        double days = model.has("years_to_expiry")
                ? required(model, "model.years_to_expiry").asDouble() * PayoffRequest.DAYS_PER_YEAR
                : required(root, "days_to_expiry").asDouble();
        position.put("days", days);
        position.set("lot_size", required(root, "lot_size"));
        LocalDate near = date(required(model, "model.near_expiry"), "model.near_expiry");
        ArrayNode legs = position.putArray("legs");
        JsonNode analysedLegs = root.get("legs");
        for (int i = 0; i < analysedLegs.size(); i++) {
            JsonNode leg = analysedLegs.get(i);
            String at = "legs[" + i + "].";
            ObjectNode out = legs.addObject();
            out.set("right", required(leg, at + "right"));
            out.set("side", required(leg, at + "side"));
            out.set("strike", required(leg, at + "strike"));
            out.set("premium", leg.has("reference_price") ? leg.get("reference_price") : required(leg, at + "premium"));
            for (String field : new String[] {"bid", "ask", "iv"}) {
                if (leg.path(field).isNumber() && leg.get(field).asDouble() > 0) {
                    out.set(field, leg.get(field));
                }
            }
            out.set("lots", required(leg, at + "lots"));
            LocalDate expiry = date(required(leg, at + "expiry"), at + "expiry");
            if (expiry.isAfter(near)) {
                out.put("days", days + ChronoUnit.DAYS.between(near, expiry));
            }
        }
        market(root, near, position);
        JsonNode stock = root.get("underlying_leg");
        if (stock != null && stock.isObject()) {
            ObjectNode out = legs.addObject();
            out.put("type", "STOCK");
            out.set("side", required(stock, "underlying_leg.side"));
            out.set("price", required(stock, "underlying_leg.price"));
            int lotSize = position.get("lot_size").asInt(1);
            out.put(
                    "lots",
                    Math.max(1, required(stock, "underlying_leg.quantity").asInt() / Math.max(1, lotSize)));
        }
        return position;
    }

    private static void market(JsonNode root, LocalDate near, ObjectNode position) {
        if (root.path("days_to_expiry").canConvertToLong()) {
            position.put(
                    "as_of", near.minusDays(root.get("days_to_expiry").asLong()).toString());
        }
        String symbol = root.path("legs").path(0).path("symbol").asText("");
        if (!symbol.isBlank()) {
            position.put("symbol", symbol);
            position.put("underlying", INDICES.contains(symbol) ? "INDEX" : "STOCK");
        }
    }

    private static JsonNode required(JsonNode node, String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the strategy has no " + path
                    + ": expected a strategy object exactly as 'options-v4 analyze --json' writes it");
        }
        return value;
    }

    private static LocalDate date(JsonNode value, String path) {
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + " must be a date YYYY-MM-DD but was " + value, e);
        }
    }
}
