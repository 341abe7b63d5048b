package io.optionsv4.engine.backtest;

import io.optionsv4.core.market.MarketData;
import java.time.LocalDate;
import java.util.List;

/**
 * The market a backtest runs over: its trading sessions and, for each, a view of the market that cannot see any later
 * day. The runner hands the services nothing but these views, so no decision can read the future.
 */
public interface BacktestMarket {

    /** Returns the market's name as the run records it: {@code history} or {@code sim}. */
    String name();

    /** Returns what the option prices are, printed on every report. */
    String priceNotice();

    /**
     * Returns the trading sessions in {@code [from, to]}, in date order.
     *
     * @throws io.optionsv4.core.market.MarketDataException when the range lies outside the data (the message names
     *     the file and its range)
     */
    List<LocalDate> sessions(LocalDate from, LocalDate to);

    /** Returns the market as of {@code day}: a question about a later date is refused. */
    MarketData asOf(LocalDate day);

    /** Returns the last day the data holds (expiries after it cannot be settled). */
    LocalDate lastDate();

    /** Returns what the data's quality report says about days up to {@code day} (carried VIX, rejected rows, ...). */
    List<String> warnings(LocalDate day);
}
