package io.optionsv4.core.market;

import io.optionsv4.core.instrument.Expiry;
import java.time.LocalDate;
import java.util.List;

/**
 * The market data port: what the analytics need about the market as of one trading day. Implemented by the replay of
 * real NSE end-of-day files, the simulated market and the Dhan adapter; the engine codes against this interface only.
 *
 * <p>Symbols are NSE trading symbols ({@code RELIANCE}, {@code NIFTY}); dates are trading dates in Asia/Kolkata. Every
 * method either answers with real data of the source or throws {@link MarketDataException} naming the symbol, the date
 * and (for file sources) the file that is missing: nothing is filled in or guessed. Implementations are thread-safe.
 */
public interface MarketData {

    /**
     * Returns the underlyings with listed options on {@code asOf}, sorted.
     *
     * @throws MarketDataException when the source has no data for that day
     */
    List<String> symbols(LocalDate asOf);

    /**
     * Returns the quote of an underlying or index ({@code NIFTY}, {@code INDIA VIX}) for the session of {@code asOf}.
     *
     * @throws MarketDataException when the symbol or the day is not served
     */
    Quote quote(String symbol, LocalDate asOf);

    /**
     * Returns the daily candles of {@code symbol} for every session from {@code from} to {@code to} inclusive that the
     * source has, oldest first; an empty list when it has none in the range.
     *
     * @throws MarketDataException when the symbol has no history at all in the source
     */
    List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to);

    /**
     * Returns the option expiries of {@code symbol} listed on {@code asOf} (including one expiring that day), earliest
     * first.
     *
     * @throws MarketDataException when the day is not served or the symbol has no options that day
     */
    List<Expiry> expiries(String symbol, LocalDate asOf);

    /**
     * Returns the option chain of {@code symbol} for {@code expiry} as of {@code asOf}, with IV and Greeks per option.
     *
     * @throws MarketDataException when the day is not served or the expiry is not listed for the symbol that day
     */
    OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf);

    /**
     * Returns India VIX at the close of {@code asOf}, in volatility points (11.49 = 11.49 %).
     *
     * @throws MarketDataException when the source has no VIX for that day
     */
    double indiaVix(LocalDate asOf);

    /**
     * Returns India VIX's daily candles from {@code from} to {@code to} inclusive, oldest first.
     *
     * @throws MarketDataException when the source has no VIX history
     */
    List<Candle> indiaVixHistory(LocalDate from, LocalDate to);

    /**
     * Returns NIFTY 50's daily candles from {@code from} to {@code to} inclusive, oldest first.
     *
     * @throws MarketDataException when the source has no NIFTY history
     */
    List<Candle> niftyHistory(LocalDate from, LocalDate to);
}
