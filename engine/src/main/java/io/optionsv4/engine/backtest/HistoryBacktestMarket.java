package io.optionsv4.engine.backtest;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import java.time.LocalDate;
import java.util.List;

/** The historical NIFTY market as a backtest market: real NIFTY and India VIX, model chains, NIFTY only. */
public final class HistoryBacktestMarket implements BacktestMarket {

    private final HistoricalNiftyMarket market;
    private final LocalDate firstVixDay;

    /** Wraps a loaded historical market. */
    public HistoryBacktestMarket(HistoricalNiftyMarket market) {
        this.market = Checks.notNull(market, "market");
        List<Candle> vix = market.indiaVixHistory(market.firstSession(), market.lastDate());
        if (vix.isEmpty()) {
            throw new MarketDataException("the India VIX history (" + HistoricalNiftyMarket.VIX_FILE + ") has no row"
                    + " between " + market.firstSession() + " and " + market.lastDate());
        }
        this.firstVixDay = vix.get(0).date();
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String priceNotice() {
        return HistoricalNiftyMarket.PRICE_NOTICE;
    }

    @Override
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        if (from.isBefore(firstVixDay) || to.isAfter(market.lastDate())) {
            throw new MarketDataException("the range " + from + " .. " + to + " is outside the history: "
                    + HistoricalNiftyMarket.NIFTY_FILE + " and " + HistoricalNiftyMarket.VIX_FILE
                    + " together run from "
                    + firstVixDay + " (the first India VIX day) to " + market.lastDate());
        }
        return market.sessions(from, to);
    }

    @Override
    public MarketData asOf(LocalDate day) {
        return market.asOf(day);
    }

    @Override
    public LocalDate lastDate() {
        return market.lastDate();
    }

    @Override
    public List<String> warnings(LocalDate day) {
        return market.asOf(day).qualityReport().lines();
    }
}
