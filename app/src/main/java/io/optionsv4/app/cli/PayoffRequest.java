package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.UnderlyingLeg;
import io.optionsv4.core.probability.VolatilitySmile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON input of {@code options-v4 payoff}, validated, with messages that name the offending field.
 *
 * <pre>
 * {"spot":1500,"volatility":0.25,"rate":0.065,"dividend":0,"days":30,"lot_size":500,
 *  "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2,"lots":1},
 *          {"right":"CALL","side":"SELL","strike":1560,"premium":12.1,"lots":1},
 *          {"type":"STOCK","side":"BUY","price":1500,"lots":1}]}
 * </pre>
 *
 * <p>{@code rate} and {@code dividend} default to 0, {@code lot_size} and each leg's {@code lots} to 1. An option leg
 * may carry its own {@code days} (to its expiry) when it expires after the others: the position is then valued at the
 * first expiry with the later legs priced by Black-Scholes-Merton at {@code volatility} (or {@code later_volatility}).
 *
 * <p>An option leg may carry its book, {@code bid} and {@code ask} (both or neither; the {@code premium} then
 * defaults to the mid), and its implied volatility {@code iv}. The position may name its {@code symbol}, its
 * {@code underlying} ({@code INDEX} or {@code STOCK}, the default) and the trade date {@code as_of} (YYYY-MM-DD).
 *
 * <p>An optional {@code smile} ({@code {"strikes": [...], "vols": [...]}}, the nodes {@code analyze} writes in each
 * strategy's {@code model}) makes the figures those of {@code analyze}: PoP under the risk-neutral distribution of that
 * smile, EV with each option leg at its own {@code iv} (at the smile's volatility without one); without it one
 * lognormal at {@code volatility}.
 *
 * <p>A strategy object exactly as {@code analyze --json} writes it is read too (see {@link AnalyzedStrategy}).
 *
 * @param legs the legs, quantities in units (lots times lot size), at the given (gross) premiums
 * @param quotes the book and implied volatility given for each leg, in the order of {@code legs}
 * @param model spot, volatility, rate, dividend yield and years to the first expiry (days / 365)
 * @param laterVolatility the volatility used to value legs that outlive the first expiry
 * @param lotSize units per lot
 * @param market symbol, index or stock, trade date
 * @param smile the first expiry's smile, when given: PoP under its distribution and EV at each leg's own {@code iv}
 */
record PayoffRequest(
        List<Leg> legs,
        List<LegQuote> quotes,
        ProbabilityModel model,
        double laterVolatility,
        int lotSize,
        PayoffMarket market,
        Optional<VolatilitySmile> smile) {

    private static final Set<String> TOP_FIELDS = Set.of(
            "spot",
            "volatility",
            "rate",
            "dividend",
            "days",
            "lot_size",
            "legs",
            "later_volatility",
            "symbol",
            "underlying",
            "as_of",
            "smile");
    private static final Set<String> LEG_FIELDS =
            Set.of("type", "right", "side", "strike", "premium", "price", "lots", "days", "bid", "ask", "iv");

    /** Days in the year of the time-to-expiry convention: time = days / 365. */
    static final double DAYS_PER_YEAR = 365.0;

    /** The largest annual volatility accepted, as a decimal (500 %). */
    static final double MAX_VOLATILITY = 5.0;

    /**
     * Reads and validates a request.
     *
     * @throws IllegalArgumentException naming the field that is missing, unknown or out of range
     */
    static PayoffRequest parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the input must be a JSON object with spot, volatility, days and legs");
        }
        if (AnalyzedStrategy.matches(root)) {
            return parse(AnalyzedStrategy.toPosition(root));
        }
        rejectUnknown(root, TOP_FIELDS, "");
        double spot = positive(root, "spot", "");
        double volatility = volatility(root, "volatility");
        double rate = optional(root, "rate", 0.0, "");
        double dividend = optional(root, "dividend", 0.0, "");
        double days = nonNegative(root, "days", "");
        double laterVolatility = root.has("later_volatility") ? volatility(root, "later_volatility") : volatility;
        int lotSize = positiveInt(root, "lot_size", 1, "");
        JsonNode legsNode = root.get("legs");
        if (legsNode == null || !legsNode.isArray() || legsNode.isEmpty()) {
            throw new IllegalArgumentException("legs must be a non-empty array of legs");
        }
        List<Leg> legs = new ArrayList<>();
        List<LegQuote> quotes = new ArrayList<>();
        for (int i = 0; i < legsNode.size(); i++) {
            String at = "legs[" + i + "].";
            legs.add(leg(legsNode.get(i), at, lotSize, days));
            quotes.add(quote(legsNode.get(i), at));
        }
        ProbabilityModel model = ProbabilityModel.of(spot, volatility, rate, dividend, days / DAYS_PER_YEAR);
        return new PayoffRequest(legs, quotes, model, laterVolatility, lotSize, market(root), smile(root));
    }

    /**
     * The optional smile of the first expiry: {@code "smile": {"strikes": [...], "vols": [...]}}, strikes increasing,
     * volatilities decimal.
     */
    private static Optional<VolatilitySmile> smile(JsonNode root) {
        JsonNode smile = root.get("smile");
        if (smile == null || smile.isNull()) {
            return Optional.empty();
        }
        JsonNode strikes = smile.get("strikes");
        JsonNode vols = smile.get("vols");
        if (!smile.isObject() || strikes == null || vols == null || !strikes.isArray() || !vols.isArray()) {
            throw new IllegalArgumentException(
                    "smile must be an object {\"strikes\": [...], \"vols\": [...]} but was " + smile);
        }
        double[] k = new double[strikes.size()];
        double[] v = new double[vols.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = positive(strikes, i, "smile.strikes");
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = positive(vols, i, "smile.vols");
            if (v[i] > MAX_VOLATILITY) {
                throw new IllegalArgumentException(
                        "smile.vols[" + i + "] must be a decimal volatility <= " + MAX_VOLATILITY + " but was " + v[i]);
            }
        }
        return Optional.of(VolatilitySmile.of(k, v));
    }

    private static double positive(JsonNode array, int i, String name) {
        JsonNode value = array.get(i);
        if (!value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            throw new IllegalArgumentException(name + "[" + i + "] must be a number > 0 but was " + value);
        }
        return value.asDouble();
    }

    private static PayoffMarket market(JsonNode root) {
        String symbol = root.has("symbol") ? text(root, "symbol", "") : "";
        UnderlyingKind kind = UnderlyingKind.STOCK;
        if (root.has("underlying")) {
            String value = text(root, "underlying", "").toUpperCase(Locale.ROOT);
            if (!value.equals("INDEX") && !value.equals("STOCK")) {
                throw new IllegalArgumentException("underlying must be INDEX or STOCK but was '" + value + "'");
            }
            kind = UnderlyingKind.valueOf(value);
        }
        Optional<LocalDate> asOf = Optional.empty();
        if (root.has("as_of")) {
            try {
                asOf = Optional.of(LocalDate.parse(text(root, "as_of", "")));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("as_of must be a date YYYY-MM-DD but was " + root.get("as_of"), e);
            }
        }
        return new PayoffMarket(symbol, kind, asOf);
    }

    private static LegQuote quote(JsonNode node, String at) {
        double bid = node.has("bid") && !node.get("bid").isNull() ? number(node, "bid", at) : Double.NaN;
        double ask = node.has("ask") && !node.get("ask").isNull() ? number(node, "ask", at) : Double.NaN;
        double iv = node.has("iv") ? positive(node, "iv", at) : Double.NaN;
        return new LegQuote(bid, ask, iv);
    }

    /** The premium of an option leg: as given, else the mid of its book when both sides are positive. */
    private static double premium(JsonNode node, String at) {
        if (node.has("premium") || !node.has("bid") || !node.has("ask")) {
            return nonNegative(node, "premium", at);
        }
        double bid = number(node, "bid", at);
        double ask = number(node, "ask", at);
        if (!(bid > 0 && ask > 0)) {
            throw new IllegalArgumentException(
                    at + "premium is missing and the book (bid " + bid + ", ask " + ask + ") has no mid");
        }
        return 0.5 * (bid + ask);
    }

    private static Leg leg(JsonNode node, String at, int lotSize, double firstDays) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at.substring(0, at.length() - 1) + " must be a JSON object");
        }
        rejectUnknown(node, LEG_FIELDS, at);
        String type = node.has("type") ? text(node, "type", at).toUpperCase(Locale.ROOT) : "OPTION";
        Side side = Side.parse(text(node, "side", at));
        int lots = positiveInt(node, "lots", 1, at);
        switch (type) {
            case "STOCK", "UNDERLYING", "FUTURE" -> {
                return UnderlyingLeg.of(side, positive(node, "price", at), lots, lotSize);
            }
            case "OPTION" -> {
                Right right = Right.parse(text(node, "right", at));
                OptionLeg leg =
                        OptionLeg.of(right, side, positive(node, "strike", at), premium(node, at), lots, lotSize);
                if (node.has("days")) {
                    double legDays = nonNegative(node, "days", at);
                    if (legDays < firstDays) {
                        throw new IllegalArgumentException(at + "days (" + legDays + ") must not be before the"
                                + " position's first expiry, days = " + firstDays);
                    }
                    leg = leg.withYearsAfterFirstExpiry((legDays - firstDays) / DAYS_PER_YEAR);
                }
                return leg;
            }
            default ->
                throw new IllegalArgumentException(at + "type must be OPTION or STOCK but was '"
                        + node.get("type").asText() + "'");
        }
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String at) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("the input has an unknown field " + at + name
                        + Suggestions.didYouMean(name, known) + "; known fields: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null
                || value.isNull()
                || !value.isTextual()
                || value.asText().isBlank()) {
            throw new IllegalArgumentException(at + field + " is missing (expected a string)");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(at + field + " is missing");
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(at + field + " must be a number but was " + value);
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(at + field + " must be finite but was " + value);
        }
        return d;
    }

    private static double positive(JsonNode node, String field, String at) {
        double d = number(node, field, at);
        if (!(d > 0)) {
            throw new IllegalArgumentException(at + field + " must be > 0 but was " + node.get(field));
        }
        return d;
    }

    /** An annual volatility: a decimal in (0, 5]; a value above 5 is taken for a percentage and refused with a hint. */
    static double volatility(JsonNode node, String field) {
        double d = number(node, field, "");
        if (d > MAX_VOLATILITY) {
            throw new IllegalArgumentException(field + " " + node.get(field) + " looks like a percentage: write it as a"
                    + " decimal, e.g. " + plainDecimal(d / 100) + " for " + node.get(field) + "%");
        }
        if (!(d > 0)) {
            throw new IllegalArgumentException(
                    field + " must be a decimal in (0, 5], e.g. 0.25 for 25%, but was " + node.get(field));
        }
        return d;
    }

    private static String plainDecimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double nonNegative(JsonNode node, String field, String at) {
        double d = number(node, field, at);
        if (d < 0) {
            throw new IllegalArgumentException(at + field + " must be >= 0 but was " + node.get(field));
        }
        return d;
    }

    private static double optional(JsonNode node, String field, double fallback, String at) {
        return node.has(field) ? number(node, field, at) : fallback;
    }

    private static int positiveInt(JsonNode node, String field, int fallback, String at) {
        if (!node.has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
            throw new IllegalArgumentException(at + field + " must be a whole number > 0 but was " + value);
        }
        return value.asInt();
    }
}
