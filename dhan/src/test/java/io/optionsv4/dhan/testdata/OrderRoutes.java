package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.BodySchema.bool;
import static io.optionsv4.dhan.testdata.BodySchema.digits;
import static io.optionsv4.dhan.testdata.BodySchema.integer;
import static io.optionsv4.dhan.testdata.BodySchema.number;
import static io.optionsv4.dhan.testdata.BodySchema.oneOf;
import static io.optionsv4.dhan.testdata.BodySchema.string;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.dhan.testdata.FakeRateLimits.ApiClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trading endpoints of the fake Dhan server (reference section 3): funds and the margin calculators. Bodies are
 * checked against the reference's schema (400 + DH-905 naming the key); a security the market does not know is
 * 400 + DH-905.
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
        r.route("GET", "/fundlimit", ApiClass.NON_TRADING, false, q -> FakeResponse.json(200, account.funds()));
        r.route("POST", "/margincalculator", ApiClass.NON_TRADING, false, this::margin);
        r.route("POST", "/margincalculator/multi", ApiClass.NON_TRADING, false, this::multiMargin);
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
