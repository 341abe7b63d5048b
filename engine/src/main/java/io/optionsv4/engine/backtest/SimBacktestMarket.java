package io.optionsv4.engine.backtest;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded simulated market (the whole F&amp;O universe) as a backtest market. Its views refuse every date after
 * their day and clip candle histories to it, as the historical market's do.
 */
public final class SimBacktestMarket implements BacktestMarket {

    private final SimulatedMarketData market;

    /** Wraps a simulated market. */
    public SimBacktestMarket(SimulatedMarketData market) {
        this.market = Checks.notNull(market, "market");
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public String priceNotice() {
        return "simulated market (seed " + market.seed() + "): every price, NIFTY and India VIX included, is simulated";
    }

    @Override
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        market.session(from);
        market.session(to);
        List<LocalDate> sessions = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (market.session(d).equals(d)) {
                sessions.add(d);
            }
        }
        return List.copyOf(sessions);
    }

    @Override
    public MarketData asOf(LocalDate day) {
        return new Clipped(market, day);
    }

    @Override
    public LocalDate lastDate() {
        return LocalDate.MAX;
    }

    @Override
    public List<String> warnings(LocalDate day) {
        return List.of();
    }

    /** A view of a market that refuses any date after {@code day} and clips histories to it. */
    record Clipped(MarketData market, LocalDate day) implements MarketData {

        private LocalDate check(LocalDate asOf) {
            if (asOf.isAfter(day)) {
                throw new MarketDataException(
                        asOf + " is after the as-of date " + day + ": data after the as-of date is not reachable");
            }
            return asOf;
        }

        private LocalDate clip(LocalDate to) {
            return to.isAfter(day) ? day : to;
        }

        @Override
        public List<String> symbols(LocalDate asOf) {
            return market.symbols(check(asOf));
        }

        @Override
        public Quote quote(String symbol, LocalDate asOf) {
            return market.quote(symbol, check(asOf));
        }

        @Override
        public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
            return market.dailyCandles(symbol, from, clip(to));
        }

        @Override
        public List<Expiry> expiries(String symbol, LocalDate asOf) {
            return market.expiries(symbol, check(asOf));
        }

        @Override
        public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
            return market.optionChain(symbol, expiry, check(asOf));
        }

        @Override
        public double indiaVix(LocalDate asOf) {
            return market.indiaVix(check(asOf));
        }

        @Override
        public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
            return market.indiaVixHistory(from, clip(to));
        }

        @Override
        public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
            return market.niftyHistory(from, clip(to));
        }
    }
}
