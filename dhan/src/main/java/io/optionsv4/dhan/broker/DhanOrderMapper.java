package io.optionsv4.dhan.broker;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.EquityInstrument;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Instrument;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.dhan.scrip.ScripContract;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripUnderlying;
import io.optionsv4.dhan.scrip.SecurityId;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between core trade values and Dhan's order, trade, position and fund JSON (reference section 3): security
 * ids through the scrip master, quantities in units, prices as rupee numbers (exact paise on our side), times as IST
 * {@code "YYYY-MM-DD HH:MM:SS"} strings, statuses per {@link #status}.
 */
final class DhanOrderMapper {

    /** The product of every F&amp;O order: carry-forward (NRML), as the reference's {@code MARGIN}. */
    static final String FNO_PRODUCT = "MARGIN";

    /** The product of equity orders: delivery. */
    static final String EQUITY_PRODUCT = "CNC";

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ScripMaster scripMaster;

    DhanOrderMapper(ScripMaster scripMaster) {
        this.scripMaster = scripMaster;
    }

    /** A tradable instrument as Dhan names it: segment, security id and lot size. */
    record Security(ExchangeSegment segment, long securityId, int lotSize, String name) {}

    /**
     * Returns Dhan's security of {@code instrument} from the scrip master.
     *
     * @throws BrokerException {@code INVALID} when the scrip master does not list it
     */
    Security security(Instrument instrument) {
        return switch (instrument) {
            case OptionInstrument o ->
                scripMaster
                        .option(o.symbol(), o.expiry(), o.strike().rupees(), o.right())
                        .map(c -> new Security(
                                ExchangeSegment.NSE_FNO, c.securityId().id(), c.unitsPerLot(), o.displayName()))
                        .orElseThrow(() -> new BrokerException(
                                BrokerException.Kind.INVALID,
                                "the scrip master lists no contract " + o.displayName()
                                        + ", so Dhan has no security id for it: check the contract, or refresh"
                                        + " the scrip master (options-v4 data import-scrip-master)"));
            case EquityInstrument e ->
                scripMaster
                        .underlying(e.symbol())
                        .filter(u -> u.securityId().segment() == ExchangeSegment.NSE_EQ)
                        .map(u -> new Security(
                                ExchangeSegment.NSE_EQ, u.securityId().id(), 1, e.displayName()))
                        .orElseThrow(() -> new BrokerException(
                                BrokerException.Kind.INVALID, "the scrip master lists no NSE share " + e.symbol()));
        };
    }

    /** Returns the body of {@code POST /orders} for {@code request} (keys that do not apply are left out). */
    Map<String, Object> placeBody(OrderRequest request, Security security, String clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dhanClientId", clientId);
        body.put("correlationId", request.correlationId().value());
        body.put("transactionType", request.side().name());
        body.put("exchangeSegment", security.segment().name());
        body.put("productType", security.segment() == ExchangeSegment.NSE_FNO ? FNO_PRODUCT : EQUITY_PRODUCT);
        body.put("orderType", request.type().name());
        body.put("validity", request.validity().name());
        body.put("securityId", Long.toString(security.securityId()));
        body.put("quantity", request.quantity());
        request.limitPrice().ifPresent(p -> body.put("price", p.rupees()));
        return body;
    }

    /** Returns the body of {@code PUT /orders/{id}} moving {@code order}'s limit to {@code price}. */
    static Map<String, Object> modifyBody(Order order, Money price, String clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dhanClientId", clientId);
        body.put("orderId", order.orderId());
        body.put("orderType", OrderType.LIMIT.name());
        body.put("quantity", order.request().quantity());
        body.put("price", price.rupees());
        body.put("validity", order.request().validity().name());
        return body;
    }

    /**
     * Maps Dhan's order status, in any letter case: {@code TRANSIT} and {@code PENDING} are pending, {@code
     * PART_TRADED} partially filled, {@code TRADED} filled, {@code REJECTED}, {@code CANCELLED}, {@code EXPIRED} as
     * named.
     *
     * @throws BrokerException {@code OUTCOME_UNKNOWN} for any other text: the order's state is not guessed
     */
    static OrderStatus status(String orderId, String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "TRANSIT", "PENDING" -> OrderStatus.PENDING;
            case "PART_TRADED" -> OrderStatus.PARTIALLY_FILLED;
            case "TRADED" -> OrderStatus.FILLED;
            case "REJECTED" -> OrderStatus.REJECTED;
            case "CANCELLED" -> OrderStatus.CANCELLED;
            case "EXPIRED" -> OrderStatus.EXPIRED;
            default ->
                throw new BrokerException(
                        BrokerException.Kind.OUTCOME_UNKNOWN,
                        "Dhan reports order " + orderId + " in status '" + text + "', which this adapter does not know;"
                                + " its state is not guessed: check the order on Dhan before acting on it");
        };
    }

    /** Returns the order object of a lookup answer: the object itself, or the only element of an array. */
    static Optional<JsonNode> single(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return Optional.empty();
        }
        if (answer.isArray()) {
            return answer.isEmpty() ? Optional.empty() : Optional.of(answer.get(0));
        }
        return Optional.of(answer);
    }

    /**
     * Returns the order of Dhan's order object; {@code fills} are its trades (their value is the order's filled
     * value when they account for its filled quantity; otherwise the average traded price gives it).
     */
    Order order(JsonNode o, List<Fill> fills, Instant fallbackTime) {
        String orderId = text(o, "orderId").orElseThrow(() -> malformed("an order without orderId", o));
        Security security = security(o);
        String dhanType = text(o, "orderType").orElse("");
        boolean market = "MARKET".equals(dhanType) || "STOP_LOSS_MARKET".equals(dhanType);
        double price = o.path("price").asDouble(0);
        Optional<Money> limit = market || price <= 0 ? Optional.empty() : Optional.of(money(price));
        OrderType type = limit.isPresent() ? OrderType.LIMIT : OrderType.MARKET;
        Validity validity = "IOC".equals(text(o, "validity").orElse("DAY")) ? Validity.IOC : Validity.DAY;
        int quantity = o.path("quantity").asInt();
        int lot = security.lotSize() > 0 && quantity % security.lotSize() == 0 ? security.lotSize() : 1;
        OrderRequest request = new OrderRequest(
                correlationId(o, orderId), instrument(o, security), side(o), quantity, lot, type, limit, validity);
        OrderStatus status = status(orderId, text(o, "orderStatus").orElse(""));
        int filled = Math.min(quantity, Math.max(0, o.path("filledQty").asInt(0)));
        if (status == OrderStatus.FILLED) {
            filled = quantity;
        }
        Money value = filledValue(o, fills, filled);
        String reason = text(o, "omsErrorDescription").orElse("");
        if (status == OrderStatus.REJECTED && reason.isBlank()) {
            reason = "rejected by Dhan (no reason given; omsErrorCode "
                    + text(o, "omsErrorCode").orElse("none") + ")";
        }
        Instant updated = time(o, "updateTime").or(() -> time(o, "createTime")).orElse(fallbackTime);
        return new Order(orderId, request, status, filled, filled == 0 ? Money.ZERO : value, reason, updated);
    }

    private static Money filledValue(JsonNode o, List<Fill> fills, int filled) {
        int traded = fills.stream().mapToInt(Fill::quantity).sum();
        if (traded == filled) {
            return fills.stream().map(Fill::value).reduce(Money.ZERO, Money::plus);
        }
        return money(o.path("averageTradedPrice").asDouble(0) * filled);
    }

    /** Returns the trade of Dhan's trade object, for the order tagged {@code correlationId}. */
    Fill fill(JsonNode t, CorrelationId correlationId, Instant fallbackTime) {
        String orderId = text(t, "orderId").orElseThrow(() -> malformed("a trade without orderId", t));
        String tradeId = text(t, "exchangeTradeId").orElseThrow(() -> malformed("a trade without exchangeTradeId", t));
        Security security = security(t);
        return new Fill(
                tradeId,
                orderId,
                correlationId,
                instrument(t, security),
                side(t),
                t.path("tradedQuantity").asInt(),
                money(t.path("tradedPrice").asDouble()),
                time(t, "exchangeTime")
                        .or(() -> time(t, "updateTime"))
                        .or(() -> time(t, "createTime"))
                        .orElse(fallbackTime));
    }

    /** Returns the position of Dhan's position object, or empty for a row with nothing bought or sold. */
    Optional<Position> position(JsonNode p) {
        int bought = p.path("buyQty").asInt(0);
        int sold = p.path("sellQty").asInt(0);
        if (bought == 0 && sold == 0) {
            return Optional.empty();
        }
        Security security = security(p);
        double buyValue = p.path("dayBuyValue").asDouble(0)
                + p.path("carryForwardBuyValue").asDouble(0);
        double sellValue = p.path("daySellValue").asDouble(0)
                + p.path("carryForwardSellValue").asDouble(0);
        return Optional.of(new Position(instrument(p, security), bought, money(buyValue), sold, money(sellValue)));
    }

    /** Returns the funds of {@code GET /fundlimit} (Dhan spells {@code availabelBalance}, sic). */
    static Funds funds(JsonNode f) {
        JsonNode available = f.has("availabelBalance") ? f.get("availabelBalance") : f.get("availableBalance");
        if (available == null || !available.isNumber()) {
            throw new BrokerException(
                    BrokerException.Kind.UNAVAILABLE, "Dhan's fund limit has no numeric availabelBalance: " + f);
        }
        return new Funds(
                money(available.asDouble()),
                money(f.path("utilizedAmount").asDouble(0)),
                money(f.path("sodLimit").asDouble(0)),
                money(f.path("withdrawableBalance").asDouble(0)));
    }

    private Security security(JsonNode node) {
        String segment = text(node, "exchangeSegment").orElse("");
        long id = Long.parseLong(text(node, "securityId").orElseThrow(() -> malformed("no securityId", node)));
        if ("NSE_FNO".equals(segment)) {
            ScripContract c = scripMaster
                    .contract(new SecurityId(ExchangeSegment.NSE_FNO, id))
                    .orElseThrow(() -> unknownSecurity(segment, id));
            return new Security(ExchangeSegment.NSE_FNO, id, c.unitsPerLot(), c.tradingSymbol());
        }
        if ("NSE_EQ".equals(segment)) {
            ScripUnderlying u = scripMaster
                    .underlying(new SecurityId(ExchangeSegment.NSE_EQ, id))
                    .orElseThrow(() -> unknownSecurity(segment, id));
            return new Security(ExchangeSegment.NSE_EQ, id, 1, u.symbol());
        }
        throw unknownSecurity(segment, id);
    }

    private Instrument instrument(JsonNode node, Security security) {
        if (security.segment() == ExchangeSegment.NSE_EQ) {
            return new EquityInstrument(security.name());
        }
        ScripContract c = scripMaster
                .contract(new SecurityId(ExchangeSegment.NSE_FNO, security.securityId()))
                .orElseThrow(() -> unknownSecurity("NSE_FNO", security.securityId()));
        return new OptionInstrument(c.underlying(), c.right(), money(c.strike()), c.expiry());
    }

    private static BrokerException unknownSecurity(String segment, long id) {
        return new BrokerException(
                BrokerException.Kind.INVALID,
                "Dhan reports security " + segment + ":" + id
                        + ", which the scrip master does not list: refresh the scrip master"
                        + " (options-v4 data import-scrip-master); only NSE options and shares are mapped");
    }

    private static CorrelationId correlationId(JsonNode o, String orderId) {
        Optional<String> tag = text(o, "correlationId").filter(t -> !t.isBlank());
        if (tag.isPresent()) {
            return new CorrelationId(tag.get());
        }
        String synthetic = "dhan-" + orderId.replaceAll("[^A-Za-z0-9]", "");
        return new CorrelationId(synthetic.substring(0, Math.min(CorrelationId.MAX_LENGTH, synthetic.length())));
    }

    private static Side side(JsonNode node) {
        String text = text(node, "transactionType").orElse("");
        return switch (text) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw malformed("transactionType '" + text + "'", node);
        };
    }

    private static Optional<Instant> time(JsonNode node, String key) {
        Optional<String> text = text(node, key);
        if (text.isEmpty() || text.get().startsWith("0001-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.get(), TIME).atZone(IST).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    static Money money(double rupees) {
        return Money.ofRupees(rupees, RoundingMode.HALF_UP);
    }

    private static BrokerException malformed(String what, JsonNode node) {
        String text = node.toString();
        return new BrokerException(
                BrokerException.Kind.UNAVAILABLE,
                "Dhan sent " + what + ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }
}
