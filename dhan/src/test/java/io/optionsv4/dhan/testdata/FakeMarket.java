package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The market behind the fake Dhan server: the fixtures' scenario (15 January 2025, NIFTY at 23215.6, options
 * expiring 30 January 2025) as instruments, last prices, order books, option chains and candles, from which every
 * answer is built for the request at hand.
 *
 * <p>Quotes start from the reference fixtures (LTP, OHLC, full quote) and our own samples; an instrument without a
 * fixture gets a synthetic item around its base price. Daily candles are the fixture's HDFCBANK week where it has
 * them, else a deterministic synthetic series on weekdays up to the server's today (IST); intraday candles are the
 * fixture's five NIFTY minutes where it has them, else synthetic candles of the session 09:15-15:30 IST. Prices are
 * invented, never Dhan's. Thread-safe (guarded by the server's lock).
 */
public final class FakeMarket {

    /** India Standard Time. */
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final LocalTime OPEN = LocalTime.of(9, 15);
    private static final LocalTime CLOSE = LocalTime.of(15, 30);

    private final Map<String, FakeInstrument> instruments = new LinkedHashMap<>();
    private final Map<String, ObjectNode> quotes = new HashMap<>();
    private final Map<String, Book> books = new HashMap<>();
    private final Map<String, List<LocalDate>> expiries = new HashMap<>();
    private final Map<String, JsonNode> chains = new HashMap<>();
    private final Map<String, JsonNode> dailyFixtures = new HashMap<>();
    private final Map<String, JsonNode> intradayFixtures = new HashMap<>();

    /**
     * The best bid and ask of an instrument that orders fill against.
     *
     * @param bid best bid, 0 when none
     * @param bidQuantity units at the bid
     * @param ask best ask, 0 when none
     * @param askQuantity units at the ask
     */
    public record Book(double bid, long bidQuantity, double ask, long askQuantity) {}

    FakeMarket() {
        LocalDate expiry = DhanScenario.EXPIRY;
        add(FakeInstrument.cash(13, "IDX_I", "NIFTY", "Nifty 50"));
        add(FakeInstrument.cash(21, "IDX_I", "INDIA VIX", "India VIX"));
        add(FakeInstrument.cash(25, "IDX_I", "BANKNIFTY", "Nifty Bank"));
        add(FakeInstrument.cash(1333, "NSE_EQ", "HDFCBANK", "HDFC Bank"));
        add(FakeInstrument.cash(2885, "NSE_EQ", "RELIANCE", "Reliance Industries"));
        add(FakeInstrument.cash(11536, "NSE_EQ", "TCS", "Tata Consultancy Services"));
        long id = 41012;
        for (double strike : new double[] {23150, 23200, 23250}) {
            add(FakeInstrument.option(id, "NIFTY", expiry, strike, "CE", 75));
            add(FakeInstrument.option(id + 1, "NIFTY", expiry, strike, "PE", 75));
            id += 4;
        }
        add(FakeInstrument.option(40001, "NIFTY", LocalDate.of(2025, 1, 16), 23200, "CE", 75));
        add(FakeInstrument.option(40002, "NIFTY", LocalDate.of(2025, 1, 23), 23200, "CE", 75));
        loadQuotes();
        loadChain(expiry);
        List<LocalDate> niftyExpiries = new ArrayList<>();
        FakeJson.fixture(DhanFixtures.shared("optionchain-expirylist.json"))
                .get("data")
                .forEach(d -> niftyExpiries.add(LocalDate.parse(d.asText())));
        expiries.put(key("IDX_I", 13), List.copyOf(niftyExpiries));
        dailyFixtures.put(key("NSE_EQ", 1333), FakeJson.fixture(DhanFixtures.shared("charts-historical.json")));
        intradayFixtures.put(key("IDX_I", 13), FakeJson.fixture(DhanFixtures.shared("charts-intraday.json")));
    }

    private void add(FakeInstrument instrument) {
        instruments.put(key(instrument.segment(), instrument.securityId()), instrument);
    }

    static String key(String segment, long securityId) {
        return segment + ":" + securityId;
    }

    private void loadQuotes() {
        merge(FakeJson.fixture(DhanFixtures.shared("marketfeed-ltp.json")));
        merge(FakeJson.fixture(DhanFixtures.own("marketfeed-ohlc.json")));
        merge(FakeJson.fixture(DhanFixtures.shared("marketfeed-quote.json")));
        merge(FakeJson.fixture(DhanFixtures.own("marketfeed-quote-hdfcbank.json")));
        Map<Long, Double> base = Map.of(25L, 49_105.3, 2885L, 1_267.4, 11536L, 4_118.85, 40001L, 64.3, 40002L, 88.75);
        JsonNode oc = FakeJson.fixture(DhanFixtures.shared("optionchain.json"))
                .get("data")
                .get("oc");
        oc.forEach(strike -> strike.forEach(side -> {
            ObjectNode item = quotes.computeIfAbsent(
                    key("NSE_FNO", side.get("security_id").asLong()), k -> FakeJson.MAPPER.createObjectNode());
            if (!item.has("last_price")) {
                item.put("last_price", side.get("last_price").asDouble());
            }
            books.put(
                    key("NSE_FNO", side.get("security_id").asLong()),
                    new Book(
                            side.get("top_bid_price").asDouble(),
                            side.get("top_bid_quantity").asLong(),
                            side.get("top_ask_price").asDouble(),
                            side.get("top_ask_quantity").asLong()));
        }));
        for (FakeInstrument instrument : instruments.values()) {
            String k = key(instrument.segment(), instrument.securityId());
            ObjectNode item = quotes.computeIfAbsent(k, x -> FakeJson.MAPPER.createObjectNode());
            if (!item.has("last_price")) {
                item.put("last_price", base.getOrDefault(instrument.securityId(), 100.0));
            }
            books.computeIfAbsent(
                    k, x -> syntheticBook(instrument, item.get("last_price").asDouble()));
        }
    }

    private static Book syntheticBook(FakeInstrument instrument, double last) {
        if (instrument.isIndex()) {
            return new Book(0, 0, 0, 0);
        }
        return new Book(round(last - 0.05), 10L * instrument.lotSize(), round(last + 0.05), 10L * instrument.lotSize());
    }

    private void merge(JsonNode envelope) {
        for (Iterator<Map.Entry<String, JsonNode>> segments =
                        envelope.get("data").fields();
                segments.hasNext(); ) {
            Map.Entry<String, JsonNode> segment = segments.next();
            segment.getValue()
                    .fields()
                    .forEachRemaining(item -> quotes.computeIfAbsent(
                                    key(segment.getKey(), Long.parseLong(item.getKey())),
                                    k -> FakeJson.MAPPER.createObjectNode())
                            .setAll((ObjectNode) item.getValue()));
        }
    }

    private void loadChain(LocalDate expiry) {
        chains.put(
                key("IDX_I", 13) + "@" + expiry,
                FakeJson.fixture(DhanFixtures.shared("optionchain.json"))
                        .get("data")
                        .get("oc"));
    }

    /**
     * Lists an NSE option the scenario lacks, quoted at {@code book} (last price: its mid), so that orders for it are
     * accepted and fill against the book.
     */
    public synchronized void listOption(
            long securityId, String underlying, LocalDate expiry, double strike, String type, int lotSize, Book book) {
        FakeInstrument option = FakeInstrument.option(securityId, underlying, expiry, strike, type, lotSize);
        add(option);
        String k = key(option.segment(), securityId);
        quotes.computeIfAbsent(k, x -> FakeJson.MAPPER.createObjectNode())
                .put("last_price", round((book.bid() + book.ask()) / 2));
        books.put(k, book);
    }

    /**
     * Lists an NSE stock the scenario lacks (last price {@code price}), so that requests for it are answered instead of
     * refused with 813.
     */
    public synchronized void addStock(long securityId, String symbol, double price) {
        FakeInstrument stock = FakeInstrument.cash(securityId, "NSE_EQ", symbol, symbol);
        add(stock);
        String k = key("NSE_EQ", securityId);
        quotes.computeIfAbsent(k, x -> FakeJson.MAPPER.createObjectNode()).put("last_price", price);
        books.put(k, syntheticBook(stock, price));
    }

    /** Returns the instrument with {@code securityId} in {@code segment}. */
    public synchronized Optional<FakeInstrument> instrument(String segment, long securityId) {
        return Optional.ofNullable(instruments.get(key(segment, securityId)));
    }

    /** Returns the instrument with {@code securityId} in any segment (order-update messages carry no segment). */
    synchronized Optional<FakeInstrument> anyInstrument(long securityId) {
        return instruments.values().stream()
                .filter(i -> i.securityId() == securityId)
                .findFirst();
    }

    /** Returns the last price of an instrument. */
    public synchronized double lastPrice(FakeInstrument instrument) {
        return quotes.get(key(instrument.segment(), instrument.securityId()))
                .get("last_price")
                .asDouble();
    }

    /** Returns the last price of the underlying {@code symbol} (an index or stock). */
    synchronized double spot(String symbol) {
        return instruments.values().stream()
                .filter(i -> !i.isOption() && i.tradingSymbol().equals(symbol))
                .findFirst()
                .map(this::lastPrice)
                .orElseThrow(() -> new IllegalStateException("no underlying " + symbol));
    }

    /** Sets the last price of an instrument (quotes and chains answer it from now on). */
    public synchronized void setLastPrice(String segment, long securityId, double price) {
        quotes.get(key(segment, securityId)).put("last_price", price);
    }

    /** Returns the order book of an instrument. */
    public synchronized Book book(FakeInstrument instrument) {
        return books.get(key(instrument.segment(), instrument.securityId()));
    }

    /** Replaces the order book of an instrument; resting orders are not re-matched until the server is told. */
    public synchronized void setBook(String segment, long securityId, Book book) {
        books.put(key(segment, securityId), book);
    }

    /** Returns the item of {@code instrument} for {@code /marketfeed/ltp}, {@code ohlc} or {@code quote}. */
    synchronized ObjectNode quoteItem(FakeInstrument instrument, String kind) {
        ObjectNode stored = quotes.get(key(instrument.segment(), instrument.securityId()));
        double last = stored.get("last_price").asDouble();
        ObjectNode item = FakeJson.MAPPER.createObjectNode();
        item.put("last_price", last);
        if ("ltp".equals(kind)) {
            return item;
        }
        item.set("ohlc", stored.has("ohlc") ? stored.get("ohlc").deepCopy() : ohlc(last));
        if ("ohlc".equals(kind)) {
            return item;
        }
        ObjectNode full = stored.deepCopy();
        full.setAll(item);
        for (String zero : List.of("average_price", "net_change", "lower_circuit_limit", "upper_circuit_limit")) {
            if (!full.has(zero)) {
                full.put(zero, "average_price".equals(zero) ? last : 0.0);
            }
        }
        for (String zero : List.of(
                "buy_quantity", "sell_quantity", "last_quantity", "oi", "oi_day_high", "oi_day_low", "volume")) {
            if (!full.has(zero)) {
                full.put(zero, 0);
            }
        }
        if (!full.has("last_trade_time")) {
            full.put("last_trade_time", "01/01/1980 00:00:00");
        }
        if (!full.has("depth")) {
            full.set("depth", depth(book(instrument)));
        }
        return full;
    }

    private static ObjectNode ohlc(double last) {
        ObjectNode ohlc = FakeJson.MAPPER.createObjectNode();
        ohlc.put("open", last).put("close", last).put("high", last).put("low", last);
        return ohlc;
    }

    private static ObjectNode depth(Book book) {
        ObjectNode depth = FakeJson.MAPPER.createObjectNode();
        ArrayNode buy = depth.putArray("buy");
        ArrayNode sell = depth.putArray("sell");
        for (int level = 0; level < 5; level++) {
            boolean top = level == 0;
            buy.addObject()
                    .put("quantity", top ? book.bidQuantity() : 0)
                    .put("orders", top && book.bidQuantity() > 0 ? 1 : 0)
                    .put("price", top ? book.bid() : 0.0);
            sell.addObject()
                    .put("quantity", top ? book.askQuantity() : 0)
                    .put("orders", top && book.askQuantity() > 0 ? 1 : 0)
                    .put("price", top ? book.ask() : 0.0);
        }
        return depth;
    }

    /** Returns the listed expiries of an underlying: the fixture's list for NIFTY, none for others. */
    synchronized List<LocalDate> expiries(FakeInstrument underlying) {
        return expiries.getOrDefault(key(underlying.segment(), underlying.securityId()), List.of());
    }

    /** Returns the {@code data} of an option-chain answer for a listed expiry: the underlying's price and strikes. */
    synchronized ObjectNode chain(FakeInstrument underlying, LocalDate expiry) {
        ObjectNode data = FakeJson.MAPPER.createObjectNode();
        data.put("last_price", lastPrice(underlying));
        JsonNode oc = chains.get(key(underlying.segment(), underlying.securityId()) + "@" + expiry);
        data.set("oc", oc == null ? FakeJson.MAPPER.createObjectNode() : oc.deepCopy());
        return data;
    }

    /**
     * Returns the {@code /charts/historical} answer: daily candles of the days in {@code [from, toExclusive)}, those
     * after {@code today} only where a fixture has them.
     */
    synchronized ObjectNode daily(
            FakeInstrument instrument, LocalDate from, LocalDate toExclusive, LocalDate today, boolean oi) {
        Candles candles = new Candles(oi);
        JsonNode fixture = dailyFixtures.get(key(instrument.segment(), instrument.securityId()));
        Map<LocalDate, Integer> fixed = new HashMap<>();
        if (fixture != null) {
            for (int i = 0; i < fixture.get("timestamp").size(); i++) {
                fixed.put(epochDate(fixture.get("timestamp").get(i).asLong()), i);
            }
        }
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            Integer i = fixed.get(d);
            if (i != null) {
                candles.copy(fixture, i);
            } else if (isWeekday(d) && !d.isAfter(today)) {
                long stamp = d.atStartOfDay(IST).toEpochSecond();
                candles.synthetic(instrument, stamp, lastPrice(instrument), d.toEpochDay());
            }
        }
        return candles.node;
    }

    /** Returns the {@code /charts/intraday} answer: candles starting in {@code [from, to)} within sessions, by now. */
    synchronized ObjectNode intraday(
            FakeInstrument instrument,
            LocalDateTime from,
            LocalDateTime to,
            int minutes,
            LocalDateTime now,
            boolean oi) {
        LocalDate today = now.toLocalDate();
        Candles candles = new Candles(oi);
        JsonNode fixture = intradayFixtures.get(key(instrument.segment(), instrument.securityId()));
        Map<Long, Integer> fixed = new HashMap<>();
        if (fixture != null && minutes == 1) {
            for (int i = 0; i < fixture.get("timestamp").size(); i++) {
                fixed.put(fixture.get("timestamp").get(i).asLong(), i);
            }
        }
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()) && !d.isAfter(today); d = d.plusDays(1)) {
            if (!isWeekday(d)) {
                continue;
            }
            for (LocalDateTime t = d.atTime(OPEN); t.toLocalTime().isBefore(CLOSE); t = t.plusMinutes(minutes)) {
                if (t.isBefore(from) || !t.isBefore(to) || t.isAfter(now)) {
                    continue;
                }
                long stamp = t.atZone(IST).toEpochSecond();
                Integer i = fixed.get(stamp);
                if (i != null) {
                    candles.copy(fixture, i);
                } else {
                    candles.synthetic(instrument, stamp, lastPrice(instrument), stamp / 60);
                }
            }
        }
        return candles.node;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate epochDate(long seconds) {
        return java.time.Instant.ofEpochSecond(seconds).atZone(IST).toLocalDate();
    }

    static double round(double price) {
        return Math.round(price * 20) / 20.0;
    }

    /** Parallel candle arrays under construction. */
    private static final class Candles {
        final ObjectNode node = FakeJson.MAPPER.createObjectNode();
        final boolean oi;

        Candles(boolean oi) {
            this.oi = oi;
            for (String name : List.of("open", "high", "low", "close", "volume", "timestamp")) {
                node.putArray(name);
            }
            if (oi) {
                node.putArray("open_interest");
            }
        }

        void copy(JsonNode fixture, int i) {
            for (String name : List.of("open", "high", "low", "close", "volume", "timestamp")) {
                ((ArrayNode) node.get(name)).add(fixture.get(name).get(i));
            }
            if (oi) {
                ((ArrayNode) node.get("open_interest")).add(0);
            }
        }

        void synthetic(FakeInstrument instrument, long stamp, double base, long step) {
            double level = base * (1 + 0.02 * Math.sin(step / 7.0 + instrument.securityId()));
            double open = round(level * (1 + 0.003 * Math.sin(step * 1.3)));
            double close = round(level);
            ((ArrayNode) node.get("open")).add(open);
            ((ArrayNode) node.get("high")).add(round(Math.max(open, close) * 1.004));
            ((ArrayNode) node.get("low")).add(round(Math.min(open, close) * 0.996));
            ((ArrayNode) node.get("close")).add(close);
            ((ArrayNode) node.get("volume"))
                    .add(instrument.isIndex() ? 0 : 1_000_000 + Math.floorMod(step, 97) * 1_000);
            ((ArrayNode) node.get("timestamp")).add(stamp);
            if (oi) {
                ((ArrayNode) node.get("open_interest")).add(instrument.isOption() ? 5_000_000 : 0);
            }
        }
    }
}
