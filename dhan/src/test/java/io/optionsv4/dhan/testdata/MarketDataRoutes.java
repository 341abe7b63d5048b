package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.BodySchema.date;
import static io.optionsv4.dhan.testdata.BodySchema.dateOrDateTime;
import static io.optionsv4.dhan.testdata.BodySchema.digits;
import static io.optionsv4.dhan.testdata.BodySchema.integer;
import static io.optionsv4.dhan.testdata.BodySchema.integerOrDigits;
import static io.optionsv4.dhan.testdata.BodySchema.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data APIs of the fake Dhan server (reference section 2): option chain and expiry list, market quotes, daily and
 * intraday candles. Each validates its body against the reference's schema and answers from the {@link FakeMarket}
 * for what was asked: the chain of the requested underlying and expiry, the quotes of the requested ids, the candles
 * of the requested range.
 *
 * <p>Errors: a schema violation is HTTP 400 DH-905 (a date in the wrong format: 400 + data-API 812); an unknown
 * underlying or security id 400 + 813; an expiry not in the underlying's list 400 + 811; more than 1,000 instruments
 * in a quote request 400 + 804. In a quote request ids the market does not know are left out of the answer (the
 * reference is silent; Dhan answers for the ids it knows), and a request with no known id at all is 400 + 813.
 */
final class MarketDataRoutes {

    /** Instruments per quote request at most (reference section 2.3). */
    static final int MAX_INSTRUMENTS = 1000;

    /** Days per intraday request at most (reference section 2.5). */
    static final int MAX_INTRADAY_DAYS = 90;

    private static final BodySchema CHAIN = BodySchema.builder()
            .required("UnderlyingScrip", integer(1, Long.MAX_VALUE))
            .required("UnderlyingSeg", oneOf(DhanEnums.UNDERLYING_SEGMENTS))
            .required("Expiry", date())
            .build();
    private static final BodySchema EXPIRY_LIST = BodySchema.builder()
            .required("UnderlyingScrip", integer(1, Long.MAX_VALUE))
            .required("UnderlyingSeg", oneOf(DhanEnums.UNDERLYING_SEGMENTS))
            .build();
    private static final BodySchema HISTORICAL = BodySchema.builder()
            .required("securityId", digits())
            .required("exchangeSegment", oneOf(DhanEnums.SEGMENTS))
            .required("instrument", oneOf(DhanEnums.INSTRUMENTS))
            .optional("expiryCode", integer(0, 3))
            .optional("oi", BodySchema.bool())
            .required("fromDate", date())
            .required("toDate", date())
            .build();
    private static final BodySchema INTRADAY = BodySchema.builder()
            .required("securityId", digits())
            .required("exchangeSegment", oneOf(DhanEnums.SEGMENTS))
            .required("instrument", oneOf(DhanEnums.INSTRUMENTS))
            .required("interval", integerOrDigits(1, 60))
            .optional("oi", BodySchema.bool())
            .required("fromDate", dateOrDateTime())
            .required("toDate", dateOrDateTime())
            .build();

    private final FakeMarket market;
    private final FakeDhanServer.Settings settings;

    MarketDataRoutes(FakeMarket market, FakeDhanServer.Settings settings) {
        this.market = market;
        this.settings = settings;
    }

    FakeResponse optionChain(FakeRequest request) {
        Optional<FakeResponse> invalid = invalid(CHAIN, request.body());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonNode body = request.body();
        Optional<FakeInstrument> underlying = underlying(body);
        if (underlying.isEmpty()) {
            return invalidSecurity();
        }
        LocalDate expiry = LocalDate.parse(body.get("Expiry").asText());
        if (!market.expiries(underlying.get()).contains(expiry)) {
            return FakeResponse.dataApiError(400, "811", "Invalid Expiry Date");
        }
        return success(market.chain(underlying.get(), expiry));
    }

    FakeResponse expiryList(FakeRequest request) {
        Optional<FakeResponse> invalid = invalid(EXPIRY_LIST, request.body());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<FakeInstrument> underlying = underlying(request.body());
        if (underlying.isEmpty()) {
            return invalidSecurity();
        }
        return success(FakeJson.MAPPER.valueToTree(market.expiries(underlying.get()).stream()
                .map(LocalDate::toString)
                .toList()));
    }

    private Optional<FakeInstrument> underlying(JsonNode body) {
        return market.instrument(
                        body.get("UnderlyingSeg").asText(),
                        body.get("UnderlyingScrip").asLong())
                .filter(i -> !i.isOption());
    }

    /** {@code /marketfeed/ltp|ohlc|quote}: {@code kind} is {@code ltp}, {@code ohlc} or {@code quote}. */
    FakeResponse quotes(FakeRequest request, String kind) {
        JsonNode body = request.body();
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> segment = it.next();
            if ("dhanClientId".equals(segment.getKey())) {
                continue;
            }
            if (!DhanEnums.SEGMENTS.contains(segment.getKey())) {
                return FakeResponse.inputError("'" + segment.getKey() + "': not an exchange segment");
            }
            if (!segment.getValue().isArray()) {
                return FakeResponse.inputError("'" + segment.getKey() + "': expected an array of security ids");
            }
            for (JsonNode id : segment.getValue()) {
                if (!id.isIntegralNumber() || id.asLong() <= 0) {
                    return FakeResponse.inputError(
                            "'" + segment.getKey() + "': security ids are JSON integers, got " + id);
                }
                count++;
            }
        }
        if (count == 0) {
            return FakeResponse.inputError("no instruments requested");
        }
        if (count > MAX_INSTRUMENTS) {
            return FakeResponse.dataApiError(400, "804", "Requested number of instruments exceeds limit");
        }
        ObjectNode data = FakeJson.MAPPER.createObjectNode();
        List<String> unknown = new ArrayList<>();
        body.fields().forEachRemaining(segment -> {
            if (!segment.getValue().isArray()) {
                return;
            }
            for (JsonNode id : segment.getValue()) {
                Optional<FakeInstrument> instrument = market.instrument(segment.getKey(), id.asLong());
                if (instrument.isEmpty()) {
                    unknown.add(segment.getKey() + ":" + id.asLong());
                    continue;
                }
                ObjectNode items = data.has(segment.getKey())
                        ? (ObjectNode) data.get(segment.getKey())
                        : data.putObject(segment.getKey());
                items.set(Long.toString(id.asLong()), market.quoteItem(instrument.get(), kind));
            }
        });
        if (data.isEmpty() || (!unknown.isEmpty() && settings.rejectUnknownQuoteIds())) {
            return invalidSecurity();
        }
        return success(data);
    }

    FakeResponse historical(FakeRequest request, LocalDate today) {
        Optional<FakeResponse> invalid = invalid(HISTORICAL, request.body());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonNode body = request.body();
        LocalDate from = LocalDate.parse(body.get("fromDate").asText());
        LocalDate to = LocalDate.parse(body.get("toDate").asText());
        if (from.isAfter(to)) {
            return FakeResponse.inputError("'fromDate' " + from + " is after 'toDate' " + to);
        }
        Optional<FakeInstrument> instrument = security(body);
        if (instrument.isEmpty()) {
            return invalidSecurity();
        }
        Optional<FakeResponse> mismatch = mismatch(body, instrument.get());
        if (mismatch.isPresent()) {
            return mismatch.get();
        }
        return FakeResponse.json(200, market.daily(instrument.get(), from, to, today, oi(body)));
    }

    FakeResponse intraday(FakeRequest request, LocalDateTime now) {
        Optional<FakeResponse> invalid = invalid(INTRADAY, request.body());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonNode body = request.body();
        int interval = Integer.parseInt(body.get("interval").asText());
        if (!DhanEnums.INTERVALS.contains(interval)) {
            return FakeResponse.inputError("'interval': expected one of " + DhanEnums.INTERVALS + ", got " + interval);
        }
        LocalDateTime from = BodySchema.dateTime(body.get("fromDate").asText());
        LocalDateTime to = BodySchema.dateTime(body.get("toDate").asText());
        if (!from.isBefore(to)) {
            return FakeResponse.inputError("'fromDate' " + from + " is not before 'toDate' " + to);
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_INTRADAY_DAYS)) > 0) {
            return FakeResponse.inputError("at most " + MAX_INTRADAY_DAYS + " days per request");
        }
        Optional<FakeInstrument> instrument = security(body);
        if (instrument.isEmpty()) {
            return invalidSecurity();
        }
        Optional<FakeResponse> mismatch = mismatch(body, instrument.get());
        if (mismatch.isPresent()) {
            return mismatch.get();
        }
        return FakeResponse.json(200, market.intraday(instrument.get(), from, to, interval, now, oi(body)));
    }

    private Optional<FakeInstrument> security(JsonNode body) {
        return market.instrument(
                body.get("exchangeSegment").asText(),
                Long.parseLong(body.get("securityId").asText()));
    }

    private static Optional<FakeResponse> mismatch(JsonNode body, FakeInstrument instrument) {
        String asked = body.get("instrument").asText();
        if (asked.equals(instrument.instrument())) {
            return Optional.empty();
        }
        return Optional.of(FakeResponse.inputError("'instrument' " + asked + " does not match security "
                + instrument.securityId() + " (" + instrument.instrument() + ")"));
    }

    private static boolean oi(JsonNode body) {
        return body.has("oi") && body.get("oi").asBoolean();
    }

    /** Returns the error for a schema violation: 812 for a date format, else DH-905. */
    static Optional<FakeResponse> invalid(BodySchema schema, JsonNode body) {
        return schema.violation(body)
                .map(v -> v.dateFormat()
                        ? FakeResponse.dataApiError(400, "812", "Invalid date format: " + v.message())
                        : FakeResponse.inputError(v.message()));
    }

    private static FakeResponse invalidSecurity() {
        return FakeResponse.dataApiError(400, "813", "Invalid SecurityId");
    }

    private static FakeResponse success(JsonNode data) {
        ObjectNode envelope = FakeJson.MAPPER.createObjectNode();
        envelope.set("data", data);
        envelope.put("status", "success");
        return FakeResponse.json(200, envelope);
    }
}
