package io.optionsv4.dhan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.margin.MarginOrder;
import io.optionsv4.core.margin.MarginSource;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.dhan.scrip.ScripContract;
import io.optionsv4.dhan.scrip.ScripMaster;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Dhan's margin calculator (reference section 3.10) as a {@link MarginSource}: the margin of a basket of option orders
 * on one underlying, legs mapped to security ids through the scrip master.
 *
 * <p>The basket goes to {@code POST /v2/margincalculator/multi} in the official SDK's form: {@code {"dhanClientId",
 * "includePosition": false, "includeOrder": false, "scripList": [{exchangeSegment NSE_FNO, transactionType,
 * quantity, productType MARGIN, securityId, price, triggerPrice 0}, ...]}} (a docs digest spells the keys {@code
 * includeOrders}/{@code scripts}: the reference's open question 4; we send the SDK's). The answer's total is read from
 * {@code total_margin} (the digest's snake case, a string) or {@code totalMargin} (camel case, a number), whichever is
 * present, as text or number; the hedge benefit likewise.
 *
 * <p>Fallback: when the basket call fails (or its answer has no readable total), the margin is the sum of the legs'
 * {@code totalMargin} from {@code POST /v2/margincalculator}, one call per leg, without hedge benefit (an upper bound
 * for spreads), and a warning says so. A basket call refused as not supported (HTTP 404 or 405, or DH-905 for its
 * body) is not tried again by this calculator: the warning says the rest of the run sums legs. A refusal of the
 * credentials is never masked by a fallback: it is thrown. Each distinct warning is reported once, to the injected
 * listener and in {@link #warnings()}. Thread-safe.
 */
public final class DhanMarginCalculator implements MarginSource, AutoCloseable {

    private final DhanConfig config;
    private final ScripMaster scripMaster;
    private final DhanRestClient client;
    private final Consumer<String> warningListener;
    private final Set<String> warnings = new LinkedHashSet<>();
    private volatile boolean basketUnsupported;

    /** Creates the calculator over Dhan at {@code config}; warnings go to {@code warningListener} (once each). */
    public DhanMarginCalculator(DhanConfig config, ScripMaster scripMaster, Consumer<String> warningListener) {
        this(config, scripMaster, Clock.systemUTC(), Sleeper.SYSTEM, warningListener);
    }

    DhanMarginCalculator(
            DhanConfig config, ScripMaster scripMaster, Clock clock, Sleeper sleeper, Consumer<String> warnings) {
        this.config = Checks.notNull(config, "config");
        this.scripMaster = Checks.notNull(scripMaster, "scripMaster");
        this.warningListener = Checks.notNull(warnings, "warnings");
        this.client = new DhanRestClient(config, Checks.notNull(clock, "clock"), Checks.notNull(sleeper, "sleeper"));
    }

    @Override
    public String name() {
        return "dhan";
    }

    /**
     * {@inheritDoc}
     *
     * <p>The basket's total from {@link #basketMargin}.
     *
     * @throws MarketDataException when a contract is not in the scrip master, or both the basket call and the per-leg
     *     fallback fail (the fallback's failure, the basket's as suppressed)
     * @throws DhanApiException when Dhan refuses the credentials ({@link DhanApiException#isAccessDenied()})
     */
    @Override
    public Money margin(String symbol, LocalDate asOf, List<MarginOrder> orders) {
        return basketMargin(symbol, orders).total();
    }

    /**
     * Returns the margin Dhan blocks for {@code orders} on {@code symbol}, from the basket calculator, else (with a
     * warning) the sum of the legs.
     *
     * @throws MarketDataException as {@link #margin}
     */
    public DhanBasketMargin basketMargin(String symbol, List<MarginOrder> orders) {
        Checks.notBlank(symbol, "symbol");
        Checks.argument(!Checks.notNull(orders, "orders").isEmpty(), "orders must not be empty");
        List<Map<String, Object>> legs = new ArrayList<>();
        for (MarginOrder order : orders) {
            legs.add(leg(contract(symbol, order), order));
        }
        if (basketUnsupported) {
            return sumOfLegs(legs);
        }
        try {
            return basket(symbol, legs);
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e;
            }
            boolean unsupported = e instanceof DhanApiException api
                    && (api.httpStatus() == 404 || api.httpStatus() == 405 || api.code() == DhanErrorCode.DH_905);
            if (unsupported) {
                basketUnsupported = true;
                warn("Dhan's basket margin calculator (POST /margincalculator/multi) refused the request: "
                        + sentence(e.getMessage())
                        + " Margins are sums of single-order margins, without hedge benefit, for the"
                        + " rest of this run.");
            } else {
                warn("Dhan's basket margin calculator failed for " + symbol + ": " + sentence(e.getMessage())
                        + " That basket's margin is the sum of single-order margins, without hedge benefit.");
            }
            try {
                return sumOfLegs(legs);
            } catch (MarketDataException fallback) {
                fallback.addSuppressed(e);
                throw fallback;
            }
        }
    }

    /** Returns the warnings reported so far, each once, in order. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void warn(String warning) {
        boolean fresh;
        synchronized (this) {
            fresh = warnings.add(warning);
        }
        if (fresh) {
            warningListener.accept(warning);
        }
    }

    private ScripContract contract(String symbol, MarginOrder order) {
        return scripMaster
                .option(symbol, order.expiry(), order.strike(), order.right())
                .orElseThrow(() -> new MarketDataException("the scrip master has no " + symbol + " " + order.expiry()
                        + " " + order.strike() + " " + order.right() + " for Dhan's margin calculator"));
    }

    private static Map<String, Object> leg(ScripContract contract, MarginOrder order) {
        Map<String, Object> leg = new LinkedHashMap<>();
        leg.put("exchangeSegment", "NSE_FNO");
        leg.put("transactionType", order.side().name());
        leg.put("quantity", order.quantity());
        leg.put("productType", "MARGIN");
        leg.put("securityId", Long.toString(contract.securityId().id()));
        leg.put("price", order.pricePerUnit());
        return leg;
    }

    private DhanBasketMargin basket(String symbol, List<Map<String, Object>> legs) {
        List<Map<String, Object>> scrips = new ArrayList<>();
        for (Map<String, Object> leg : legs) {
            Map<String, Object> scrip = new LinkedHashMap<>(leg);
            scrip.put("triggerPrice", 0.0);
            scrips.add(scrip);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dhanClientId", config.clientId());
        body.put("includePosition", false);
        body.put("includeOrder", false);
        body.put("scripList", scrips);
        JsonNode answer = client.post(DhanEndpoint.MARGIN_CALCULATOR_MULTI, body);
        Optional<Double> total = rupees(answer, "total_margin", "totalMargin");
        if (total.isEmpty()) {
            throw new MarketDataException("Dhan's basket margin calculator sent no readable total_margin (or"
                    + " totalMargin) for " + symbol + ": " + abbreviate(answer.toString()));
        }
        return new DhanBasketMargin(
                money(total.get()),
                rupees(answer, "hedge_benefit", "hedgeBenefit").map(DhanMarginCalculator::money),
                DhanBasketMargin.Method.BASKET);
    }

    private DhanBasketMargin sumOfLegs(List<Map<String, Object>> legs) {
        Money total = Money.ZERO;
        for (Map<String, Object> leg : legs) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dhanClientId", config.clientId());
            body.putAll(leg);
            JsonNode answer = client.post(DhanEndpoint.MARGIN_CALCULATOR, body);
            JsonNode margin = answer.get("totalMargin");
            if (margin == null || !margin.isNumber() || !Double.isFinite(margin.asDouble()) || margin.asDouble() < 0) {
                throw new MarketDataException(
                        "Dhan's margin calculator sent no valid totalMargin for security " + leg.get("securityId"));
            }
            total = total.plus(money(margin.asDouble()));
        }
        return new DhanBasketMargin(total, Optional.empty(), DhanBasketMargin.Method.SUM_OF_LEGS);
    }

    /** Reads the first of {@code keys} present as a finite, non-negative number or numeric text. */
    private static Optional<Double> rupees(JsonNode answer, String... keys) {
        for (String key : keys) {
            JsonNode value = answer.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            double rupees;
            if (value.isNumber()) {
                rupees = value.asDouble();
            } else if (value.isTextual()) {
                try {
                    rupees = Double.parseDouble(value.asText().strip());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
            return Double.isFinite(rupees) && rupees >= 0 ? Optional.of(rupees) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Money money(double rupees) {
        return Money.ofRupees(rupees, RoundingMode.HALF_UP);
    }

    private static String sentence(String text) {
        String t = String.valueOf(text).strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        client.close();
    }
}
