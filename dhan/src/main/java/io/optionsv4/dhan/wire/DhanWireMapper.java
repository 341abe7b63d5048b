package io.optionsv4.dhan.wire;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converts Dhan's wire values into core types: quotes, daily candles and expiries. Option chains are converted by
 * {@link OptionChainMapper}. Stateless; every method throws {@link MarketDataException} naming the instrument when the
 * response cannot be turned into valid core values.
 */
public final class DhanWireMapper {

    /** Dhan's {@code last_trade_time} format, IST. */
    public static final DateTimeFormatter LAST_TRADE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DhanWireMapper() {}

    /**
     * Returns the number of candles of {@code arrays}, after checking that the arrays of prices and timestamps have
     * one length (volume and open interest may be absent).
     *
     * @throws MarketDataException naming {@code what} when the arrays differ in length or a price array is missing
     */
    public static int candleCount(CandleArrays arrays, String what) {
        if (arrays == null || arrays.timestamp() == null) {
            throw new MarketDataException("Dhan candles of " + what + " have no timestamp array");
        }
        int n = arrays.timestamp().size();
        for (List<Double> prices : List.of(
                nonNull(arrays.open(), what),
                nonNull(arrays.high(), what),
                nonNull(arrays.low(), what),
                nonNull(arrays.close(), what))) {
            if (prices.size() != n) {
                throw new MarketDataException(
                        "Dhan candles of " + what + " have " + prices.size() + " prices for " + n + " timestamps");
            }
        }
        return n;
    }

    /** Returns candle {@code i}'s start as an instant (epoch seconds, possibly sent as a float). */
    public static Instant start(CandleArrays arrays, int i) {
        return Instant.ofEpochSecond((long) arrays.timestamp().get(i).doubleValue());
    }

    /** Returns candle {@code i}'s volume, 0 when the response has none. */
    public static long volume(CandleArrays arrays, int i) {
        return value(arrays.volume(), i);
    }

    /** Returns candle {@code i}'s open interest, 0 when the response has none. */
    public static long openInterest(CandleArrays arrays, int i) {
        return value(arrays.openInterest(), i);
    }

    /**
     * Returns the daily candles of a {@code /charts/historical} response, dated by their 00:00 IST stamp, oldest first,
     * keeping only those from {@code from} to {@code to} inclusive.
     *
     * @throws MarketDataException naming {@code what} and the date when a candle is invalid (non-positive price, high
     *     below low)
     */
    public static List<Candle> dailyCandles(CandleArrays arrays, String what, LocalDate from, LocalDate to) {
        int n = candleCount(arrays, what);
        List<Candle> candles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate date = start(arrays, i).atZone(TimeToExpiry.ZONE).toLocalDate();
            if (date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            try {
                candles.add(new Candle(
                        date,
                        arrays.open().get(i),
                        arrays.high().get(i),
                        arrays.low().get(i),
                        arrays.close().get(i),
                        volume(arrays, i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new MarketDataException(
                        "Dhan sent an invalid candle of " + what + " for " + date + ": " + e.getMessage(), e);
            }
        }
        candles.sort(java.util.Comparator.comparing(Candle::date));
        return List.copyOf(candles);
    }

    /**
     * Returns the quote of {@code symbol} from a {@code /marketfeed/quote} or {@code /ohlc} item: last price, the
     * session so far (open, high, low from Dhan, close = last price; high and low widened to include the last price)
     * and the previous close ({@code ohlc.close}).
     *
     * @param tradeDate the session's date
     * @param asOf when the figures were fetched
     * @throws MarketDataException naming the symbol when there is no price or no session yet (before the open)
     */
    public static Quote quote(String symbol, MarketQuoteItem item, LocalDate tradeDate, Instant asOf) {
        if (item == null || item.lastPrice() == null || item.lastPrice() <= 0) {
            throw new MarketDataException("Dhan has no last price for " + symbol + " on " + tradeDate);
        }
        MarketQuoteItem.Ohlc ohlc = item.ohlc();
        if (ohlc == null || !positive(ohlc.open()) || !positive(ohlc.close())) {
            throw new MarketDataException("Dhan has no session open or previous close for " + symbol + " on "
                    + tradeDate + " (before the market opens?)");
        }
        double last = item.lastPrice();
        double high = Math.max(Math.max(positive(ohlc.high()) ? ohlc.high() : last, last), ohlc.open());
        double low = Math.min(Math.min(positive(ohlc.low()) ? ohlc.low() : last, last), ohlc.open());
        long volume = item.volume() == null ? 0 : item.volume();
        Candle session = new Candle(tradeDate, ohlc.open(), high, low, last, volume);
        return new Quote(symbol, tradeDate, asOf, last, session, ohlc.close());
    }

    /** Parses {@code last_trade_time} ({@code dd/MM/yyyy HH:mm:ss} IST); empty for the 1980 "never" value or junk. */
    public static Optional<Instant> lastTradeTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.parse(text.strip(), LAST_TRADE_TIME);
            return time.getYear() <= 1980
                    ? Optional.empty()
                    : Optional.of(time.atZone(TimeToExpiry.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the expiries of an expiry-list response on or after {@code asOf}, earliest first. The kind comes from
     * {@code kinds} (the scrip master's flag) where known, else the last expiry of its month is monthly.
     *
     * @throws MarketDataException naming {@code what} when a date is not {@code YYYY-MM-DD}
     */
    public static List<Expiry> expiries(
            List<String> dates, String what, LocalDate asOf, Function<LocalDate, Optional<ExpiryKind>> kinds) {
        List<LocalDate> parsed = new ArrayList<>(dates.size());
        for (String text : dates) {
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (!date.isBefore(asOf)) {
                    parsed.add(date);
                }
            } catch (DateTimeParseException | NullPointerException e) {
                throw new MarketDataException("Dhan sent an unreadable expiry '" + text + "' for " + what, e);
            }
        }
        List<LocalDate> sorted = parsed.stream().distinct().sorted().toList();
        List<Expiry> expiries = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate date = sorted.get(i);
            boolean lastOfMonth =
                    i + 1 == sorted.size() || !YearMonth.from(sorted.get(i + 1)).equals(YearMonth.from(date));
            ExpiryKind kind = kinds.apply(date).orElse(lastOfMonth ? ExpiryKind.MONTHLY : ExpiryKind.WEEKLY);
            expiries.add(new Expiry(date, kind, true));
        }
        return List.copyOf(expiries);
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    private static long value(List<Double> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? 0 : Math.round(values.get(i));
    }

    private static List<Double> nonNull(List<Double> values, String what) {
        if (values == null) {
            throw new MarketDataException("Dhan candles of " + what + " lack a price array");
        }
        return values;
    }
}
