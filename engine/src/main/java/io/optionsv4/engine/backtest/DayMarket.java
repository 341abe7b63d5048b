package io.optionsv4.engine.backtest;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The market the services of a backtest hold: it answers every question through the current day's view ({@link
 * BacktestMarket#asOf}), and the runner moves it to the next day. Since the services hold this and nothing else, the
 * data they can reach on a day is that day's view. Not thread-safe for moves; reads during a day may come from any
 * thread.
 */
final class DayMarket implements MarketData {

    private final BacktestMarket market;
    private volatile MarketData view;
    private volatile LocalDate day;

    DayMarket(BacktestMarket market) {
        this.market = Checks.notNull(market, "market");
    }

    /** Moves to {@code next}: from now on only data up to {@code next} is reachable. */
    void moveTo(LocalDate next) {
        this.view = market.asOf(next);
        this.day = next;
    }

    LocalDate day() {
        return day;
    }

    private MarketData view() {
        MarketData current = view;
        if (current == null) {
            throw new IllegalStateException("the backtest market has not been moved to a day yet");
        }
        return current;
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        return view().symbols(asOf);
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        return view().quote(symbol, asOf);
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        return view().dailyCandles(symbol, from, to);
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        return view().expiries(symbol, asOf);
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        return view().optionChain(symbol, expiry, asOf);
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        return view().indiaVix(asOf);
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        return view().indiaVixHistory(from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        return view().niftyHistory(from, to);
    }
}
