package io.optionsv4.engine.backtest;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.TradeLeg;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether each trade, held to its expiry, would have made money net of its entry costs: its entry legs valued at
 * intrinsic on the real close of the expiry day. This is an outcome label for the calibration of the expiry PoP, read
 * after the run from data up to the market's last day; no decision of the run sees it. Null when the legs expire on
 * different days or the expiry lies beyond the data (or its close is missing).
 */
final class ExpiryOutcomes {

    private final BacktestMarket market;
    private final TradeBook book;
    private final MarketData full;

    ExpiryOutcomes(BacktestMarket market, TradeBook book) {
        this.market = market;
        this.book = book;
        LocalDate last = market.lastDate();
        this.full = LocalDate.MAX.equals(last) ? null : market.asOf(last);
    }

    BacktestTrade label(BacktestTrade t, List<TradeLeg> legs) {
        return t.withExpiryProfit(profit(t, legs));
    }

    private Boolean profit(BacktestTrade t, List<TradeLeg> legs) {
        if (legs.isEmpty()) {
            return null;
        }
        LocalDate expiry = legs.get(0).contract().expiry();
        if (legs.stream().anyMatch(l -> !l.contract().expiry().equals(expiry))) {
            return null;
        }
        double close;
        try {
            MarketData data = full != null ? full : market.asOf(expiry);
            if (full != null && expiry.isAfter(market.lastDate())) {
                return null;
            }
            close = data.quote(t.symbol(), expiry).close();
        } catch (MarketDataException e) {
            return null;
        }
        long gross = 0;
        for (TradeLeg leg : legs) {
            Money intrinsic = Money.ofRupees(
                    leg.contract()
                            .right()
                            .intrinsic(close, leg.contract().strike().rupees()),
                    RoundingMode.HALF_UP);
            gross += leg.grossAt(intrinsic).paise();
        }
        return gross - book.entryChargesOf(t.strategyId()) > 0;
    }
}
