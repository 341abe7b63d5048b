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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dhan's margin calculator ({@code POST /v2/margincalculator}, reference section 3.10) as a {@link MarginSource}: one
 * call per leg with {@code dhanClientId}, {@code exchangeSegment NSE_FNO}, {@code transactionType}, {@code quantity},
 * {@code productType MARGIN}, {@code securityId} (from the scrip master) and {@code price}; the basket's margin is the
 * sum of the legs' {@code totalMargin}.
 *
 * <p>The single-order endpoint knows nothing of the other legs, so the sum carries no hedge benefit: for spreads it is
 * an upper bound (the local model's figure is logged beside it). The basket endpoint ({@code /margincalculator/multi})
 * would net the legs, but its body keys are not confirmed (reference section 9, question 4). Thread-safe.
 */
public final class DhanMarginCalculator implements MarginSource, AutoCloseable {

    private final DhanConfig config;
    private final ScripMaster scripMaster;
    private final DhanRestClient client;

    /** Creates the calculator over Dhan at {@code config}, mapping contracts through {@code scripMaster}. */
    public DhanMarginCalculator(DhanConfig config, ScripMaster scripMaster) {
        this(config, scripMaster, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    DhanMarginCalculator(DhanConfig config, ScripMaster scripMaster, Clock clock, Sleeper sleeper) {
        this.config = Checks.notNull(config, "config");
        this.scripMaster = Checks.notNull(scripMaster, "scripMaster");
        this.client = new DhanRestClient(config, Checks.notNull(clock, "clock"), Checks.notNull(sleeper, "sleeper"));
    }

    @Override
    public String name() {
        return "dhan";
    }

    /**
     * {@inheritDoc}
     *
     * @throws MarketDataException when a contract is not in the scrip master, a call fails or the answer has no {@code
     *     totalMargin}
     */
    @Override
    public Money margin(String symbol, LocalDate asOf, List<MarginOrder> orders) {
        Checks.notBlank(symbol, "symbol");
        Checks.argument(!Checks.notNull(orders, "orders").isEmpty(), "orders must not be empty");
        Money total = Money.ZERO;
        for (MarginOrder order : orders) {
            total = total.plus(leg(symbol, order));
        }
        return total;
    }

    private Money leg(String symbol, MarginOrder order) {
        ScripContract contract = scripMaster
                .option(symbol, order.expiry(), order.strike(), order.right())
                .orElseThrow(() -> new MarketDataException("the scrip master has no " + symbol + " " + order.expiry()
                        + " " + order.strike() + " " + order.right() + " for Dhan's margin calculator"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dhanClientId", config.clientId());
        body.put("exchangeSegment", "NSE_FNO");
        body.put("transactionType", order.side().name());
        body.put("quantity", order.quantity());
        body.put("productType", "MARGIN");
        body.put("securityId", Long.toString(contract.securityId().id()));
        body.put("price", order.pricePerUnit());
        JsonNode answer = client.post(DhanEndpoint.MARGIN_CALCULATOR, body);
        JsonNode margin = answer.get("totalMargin");
        if (margin == null || !margin.isNumber() || !Double.isFinite(margin.asDouble()) || margin.asDouble() < 0) {
            throw new MarketDataException("Dhan's margin calculator sent no valid totalMargin for " + contract);
        }
        return Money.ofRupees(margin.asDouble(), RoundingMode.HALF_UP);
    }

    @Override
    public void close() {
        client.close();
    }
}
