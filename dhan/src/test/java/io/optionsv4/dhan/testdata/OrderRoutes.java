package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.BodySchema.bool;
import static io.optionsv4.dhan.testdata.BodySchema.digits;
import static io.optionsv4.dhan.testdata.BodySchema.integer;
import static io.optionsv4.dhan.testdata.BodySchema.number;
import static io.optionsv4.dhan.testdata.BodySchema.oneOf;
import static io.optionsv4.dhan.testdata.BodySchema.string;
import static io.optionsv4.dhan.testdata.BodySchema.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.dhan.testdata.FakeRateLimits.ApiClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trading endpoints of the fake Dhan server (reference section 3): place (also sliced), modify, cancel, the order
 * book and lookups by id and correlation id, trades, positions, funds and the margin calculators, over the {@link
 * FakeAccount}. Bodies are checked against the reference's schema and the rules of its tables (400 + DH-905 naming
 * the key): a price for limit orders and none for market orders, a trigger for stop-loss orders, {@code amoTime}
 * only with {@code afterMarketOrder}, BO values only for BO, a disclosed quantity above 30 % of the quantity, a
 * tradable security (not an index). A modify or cancel the order's state does not allow is 400 + DH-906; an unknown
 * order id or correlation id is 404 + DH-907 (no data; the reference is silent, see docs/dhan-fake-server.md).
 */
final class OrderRoutes {

    /** Registers a route with the server. */
    @FunctionalInterface
    interface Registrar {
        void route(String method, String path, ApiClass apiClass, boolean dataApi, FakeDhanServer.Handler handler);
    }

    private static final BodySchema MARGIN = BodySchema.builder()
            .required("dhanClientId", string())
            .required("exchangeSegment", oneOf(DhanEnums.TRADABLE_SEGMENTS))
            .required("transactionType", oneOf(DhanEnums.TRANSACTION_TYPES))
            .required("quantity", integer(1, 100_000_000))
            .required("productType", oneOf(DhanEnums.PRODUCT_TYPES))
            .required("securityId", digits())
            .required("price", number(0))
            .optional("triggerPrice", number(0))
            .build();
    private static final BodySchema PLACE = BodySchema.builder()
            .required("dhanClientId", string())
            .optional("correlationId", text(30, "[a-zA-Z0-9 _-]+"))
            .required("transactionType", oneOf(DhanEnums.TRANSACTION_TYPES))
            .required("exchangeSegment", oneOf(DhanEnums.TRADABLE_SEGMENTS))
            .required("productType", oneOf(DhanEnums.PRODUCT_TYPES))
            .required("orderType", oneOf(DhanEnums.ORDER_TYPES))
            .required("validity", oneOf(DhanEnums.VALIDITIES))
            .required("securityId", digits())
            .required("quantity", integer(1, 100_000_000))
            .optional("disclosedQuantity", integer(0, 100_000_000))
            .optional("price", number(0))
            .optional("triggerPrice", number(0))
            .optional("afterMarketOrder", bool())
            .optional("amoTime", oneOf(DhanEnums.AMO_TIMES))
            .optional("boProfitValue", number(0))
            .optional("boStopLossValue", number(0))
            .build();
    private static final BodySchema MODIFY = BodySchema.builder()
            .required("dhanClientId", string())
            .required("orderId", digits())
            .required("orderType", oneOf(DhanEnums.ORDER_TYPES))
            .optional("legName", oneOf(DhanEnums.LEG_NAMES))
            .optional("quantity", integer(1, 100_000_000))
            .optional("price", number(0))
            .optional("disclosedQuantity", integer(0, 100_000_000))
            .optional("triggerPrice", number(0))
            .required("validity", oneOf(DhanEnums.VALIDITIES))
            .build();
    private static final BodySchema SCRIP = BodySchema.builder()
            .required("exchangeSegment", oneOf(DhanEnums.TRADABLE_SEGMENTS))
            .required("transactionType", oneOf(DhanEnums.TRANSACTION_TYPES))
            .required("quantity", integer(1, 100_000_000))
            .required("productType", oneOf(DhanEnums.PRODUCT_TYPES))
            .required("securityId", digits())
            .required("price", number(0))
            .optional("triggerPrice", number(0))
            .build();
    private static final BodySchema MULTI_SDK = BodySchema.builder()
            .required("includePosition", bool())
            .required("includeOrder", bool())
            .required(
                    "scripList",
                    (key, v) -> v.isArray() && !v.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new BodySchema.Violation(key, "expected a non-empty JSON array", false)))
            .build();
    private static final BodySchema MULTI_DIGEST = BodySchema.builder()
            .required("includePosition", bool())
            .required("includeOrders", bool())
            .required(
                    "scripts",
                    (key, v) -> v.isArray() && !v.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new BodySchema.Violation(key, "expected a non-empty JSON array", false)))
            .build();

    private final FakeAccount account;
    private final FakeMarket market;

    OrderRoutes(FakeAccount account, FakeMarket market) {
        this.account = account;
        this.market = market;
    }

    void register(Registrar r) {
        r.route("POST", "/orders", ApiClass.ORDER, false, this::place);
        r.route("POST", "/orders/slicing", ApiClass.ORDER, false, this::slice);
        r.route("PUT", "/orders/{}", ApiClass.ORDER, false, this::modify);
        r.route("DELETE", "/orders/{}", ApiClass.ORDER, false, this::cancel);
        r.route("GET", "/orders", ApiClass.NON_TRADING, false, q -> FakeResponse.json(200, account.orders()));
        r.route("GET", "/orders/{}", ApiClass.NON_TRADING, false, this::byId);
        r.route("GET", "/orders/external/{}", ApiClass.NON_TRADING, false, this::byCorrelation);
        r.route("GET", "/trades", ApiClass.NON_TRADING, false, q -> FakeResponse.json(200, account.trades()));
        r.route("GET", "/trades/{}", ApiClass.NON_TRADING, false, this::tradesOf);
        r.route("GET", "/positions", ApiClass.NON_TRADING, false, q -> FakeResponse.json(200, account.positions()));
        r.route("GET", "/fundlimit", ApiClass.NON_TRADING, false, q -> FakeResponse.json(200, account.funds()));
        r.route("POST", "/margincalculator", ApiClass.NON_TRADING, false, this::margin);
        r.route("POST", "/margincalculator/multi", ApiClass.NON_TRADING, false, this::multiMargin);
    }

    private FakeResponse place(FakeRequest request) {
        Optional<FakeResponse> refused = refusal(request.body());
        if (refused.isPresent()) {
            return refused.get();
        }
        FakeOrder order =
                account.place(request.body(), instrument(request.body()).orElseThrow());
        return FakeResponse.json(200, new OrderWire.OrderStatus(order.orderId, placedStatus(order)));
    }

    /** Splits the quantity into orders of at most the freeze quantity (NIFTY options; others in one order). */
    private FakeResponse slice(FakeRequest request) {
        Optional<FakeResponse> refused = refusal(request.body());
        if (refused.isPresent()) {
            return refused.get();
        }
        FakeInstrument instrument = instrument(request.body()).orElseThrow();
        long total = request.body().get("quantity").asLong();
        long freeze =
                instrument.isOption() && "NIFTY".equals(instrument.underlying()) ? FakeAccount.NIFTY_FREEZE : total;
        List<OrderWire.OrderStatus> placed = new ArrayList<>();
        for (long left = total; left > 0; left -= freeze) {
            com.fasterxml.jackson.databind.node.ObjectNode slice =
                    request.body().deepCopy();
            slice.put("quantity", Math.min(freeze, left));
            FakeOrder order = account.place(slice, instrument);
            placed.add(new OrderWire.OrderStatus(order.orderId, placedStatus(order)));
        }
        return FakeResponse.json(200, placed);
    }

    /** The status the place call answers: the order's state right after acceptance, never later fills. */
    private static String placedStatus(FakeOrder order) {
        return "REJECTED".equals(order.status) ? "REJECTED" : "PENDING";
    }

    private Optional<FakeResponse> refusal(JsonNode body) {
        Optional<BodySchema.Violation> violation = PLACE.violation(body);
        if (violation.isPresent()) {
            return Optional.of(FakeResponse.inputError(violation.get().message()));
        }
        Optional<FakeInstrument> instrument = instrument(body);
        if (instrument.isEmpty()) {
            return Optional.of(unknownSecurity(body));
        }
        return consistency(body, instrument.get()).map(FakeResponse::inputError).or(() -> {
            if (body.has("correlationId")
                    && account.settings().duplicateCorrelation() == FakeAccount.DuplicateCorrelation.REJECT
                    && account.used(body.get("correlationId").asText())) {
                return Optional.of(FakeResponse.inputError("'correlationId': already used"));
            }
            return Optional.empty();
        });
    }

    private static Optional<String> consistency(JsonNode body, FakeInstrument instrument) {
        String type = body.get("orderType").asText();
        double price = body.has("price") ? body.get("price").asDouble() : 0;
        boolean limit = "LIMIT".equals(type) || "STOP_LOSS".equals(type);
        boolean stop = type.startsWith("STOP_LOSS");
        if (limit && price <= 0) {
            return Optional.of("'price': required (> 0) for " + type + " orders");
        }
        if (!limit && price != 0) {
            return Optional.of("'price': must be 0 or absent for " + type + " orders");
        }
        if (stop != (body.has("triggerPrice") && body.get("triggerPrice").asDouble() > 0)) {
            return Optional.of("'triggerPrice': required (> 0) for stop-loss orders only");
        }
        boolean amo =
                body.has("afterMarketOrder") && body.get("afterMarketOrder").asBoolean();
        if (amo != body.has("amoTime")) {
            return Optional.of("'amoTime': required with afterMarketOrder true, and only then");
        }
        boolean bo = "BO".equals(body.get("productType").asText());
        if (bo != (body.has("boProfitValue") && body.has("boStopLossValue"))
                || (!bo && (body.has("boProfitValue") || body.has("boStopLossValue")))) {
            return Optional.of("'boProfitValue'/'boStopLossValue': required for BO orders, and only then");
        }
        long quantity = body.get("quantity").asLong();
        long disclosed =
                body.has("disclosedQuantity") ? body.get("disclosedQuantity").asLong() : 0;
        if (disclosed > 0 && (disclosed * 10 <= quantity * 3 || disclosed > quantity)) {
            return Optional.of("'disclosedQuantity': must be above 30 % of the quantity and not above it");
        }
        return Optional.empty();
    }

    private FakeResponse modify(FakeRequest request) {
        Optional<BodySchema.Violation> violation = MODIFY.violation(request.body());
        if (violation.isPresent()) {
            return FakeResponse.inputError(violation.get().message());
        }
        if (!request.param(0).equals(request.body().get("orderId").asText())) {
            return FakeResponse.inputError("'orderId': " + request.body().get("orderId") + " differs from the path");
        }
        Optional<FakeOrder> order = account.find(request.param(0));
        if (order.isEmpty()) {
            return noOrder("order id " + request.param(0));
        }
        Optional<String> refused = account.modify(order.get(), request.body());
        return refused.map(OrderRoutes::orderError)
                .orElseGet(() ->
                        FakeResponse.json(200, new OrderWire.OrderStatus(order.get().orderId, order.get().status)));
    }

    private FakeResponse cancel(FakeRequest request) {
        Optional<FakeOrder> order = account.find(request.param(0));
        if (order.isEmpty()) {
            return noOrder("order id " + request.param(0));
        }
        Optional<String> refused = account.cancel(order.get());
        return refused.map(OrderRoutes::orderError)
                .orElseGet(() -> FakeResponse.json(202, new OrderWire.OrderStatus(order.get().orderId, "CANCELLED")));
    }

    private FakeResponse byId(FakeRequest request) {
        return account.order(request.param(0))
                .map(o -> lookup(List.of(o)))
                .orElseGet(() -> noOrder("order id " + request.param(0)));
    }

    private FakeResponse byCorrelation(FakeRequest request) {
        List<OrderWire.Order> found = account.ordersByCorrelation(request.param(0));
        return found.isEmpty() ? noOrder("correlation id " + request.param(0)) : lookup(found);
    }

    /** The latest order as an object, or every match as an array when configured so. */
    private FakeResponse lookup(List<OrderWire.Order> found) {
        return account.settings().lookupAsArray()
                ? FakeResponse.json(200, found)
                : FakeResponse.json(200, found.get(found.size() - 1));
    }

    private FakeResponse tradesOf(FakeRequest request) {
        if (account.find(request.param(0)).isEmpty()) {
            return noOrder("order id " + request.param(0));
        }
        return FakeResponse.json(
                200,
                account.trades().stream()
                        .filter(t -> t.orderId().equals(request.param(0)))
                        .toList());
    }

    private static FakeResponse noOrder(String what) {
        return FakeResponse.tradingApiError(404, "DH-907", "Data_Error", "No order found for " + what);
    }

    private static FakeResponse orderError(String message) {
        return FakeResponse.tradingApiError(400, "DH-906", "Order_Error", message);
    }

    private Optional<FakeInstrument> instrument(JsonNode body) {
        return market.instrument(
                        body.get("exchangeSegment").asText(),
                        Long.parseLong(body.get("securityId").asText()))
                .filter(i -> !i.isIndex());
    }

    private FakeResponse margin(FakeRequest request) {
        Optional<BodySchema.Violation> violation = MARGIN.violation(request.body());
        if (violation.isPresent()) {
            return FakeResponse.inputError(violation.get().message());
        }
        Optional<FakeMargins.Leg> leg = leg(request.body());
        if (leg.isEmpty()) {
            return unknownSecurity(request.body());
        }
        return FakeResponse.json(200, account.margins().single(leg.get(), account.available()));
    }

    private FakeResponse multiMargin(FakeRequest request) {
        FakeAccount.Settings settings = account.settings();
        if (settings.multiAnswer() == FakeAccount.MultiAnswer.ABSENT) {
            return FakeResponse.tradingApiError(404, "DH-910", "Others", "No such endpoint: " + request.path());
        }
        boolean sdk = settings.multiRequest() == FakeAccount.MultiRequest.SDK;
        Optional<BodySchema.Violation> violation = (sdk ? MULTI_SDK : MULTI_DIGEST).violation(request.body());
        if (violation.isPresent()) {
            return FakeResponse.inputError(violation.get().message());
        }
        List<FakeMargins.Leg> legs = new ArrayList<>();
        for (JsonNode scrip : request.body().get(sdk ? "scripList" : "scripts")) {
            Optional<BodySchema.Violation> bad = SCRIP.violation(scrip);
            if (bad.isPresent()) {
                return FakeResponse.inputError("in " + (sdk ? "scripList" : "scripts") + ": "
                        + bad.get().message());
            }
            Optional<FakeMargins.Leg> leg = leg(scrip);
            if (leg.isEmpty()) {
                return unknownSecurity(scrip);
            }
            legs.add(leg.get());
        }
        FakeMargins.Basket basket = account.margins().basket(legs);
        return FakeResponse.json(
                200,
                settings.multiAnswer() == FakeAccount.MultiAnswer.SNAKE_STRINGS
                        ? FakeMargins.snake(basket)
                        : FakeMargins.camel(basket));
    }

    private Optional<FakeMargins.Leg> leg(JsonNode body) {
        return market.instrument(
                        body.get("exchangeSegment").asText(),
                        Long.parseLong(body.get("securityId").asText()))
                .filter(i -> !i.isIndex())
                .map(i -> new FakeMargins.Leg(
                        i,
                        "BUY".equals(body.get("transactionType").asText()),
                        body.get("quantity").asLong(),
                        body.get("price").asDouble()));
    }

    private static FakeResponse unknownSecurity(JsonNode body) {
        return FakeResponse.inputError(
                "'securityId': no tradable security " + body.get("securityId") + " in " + body.get("exchangeSegment"));
    }
}
