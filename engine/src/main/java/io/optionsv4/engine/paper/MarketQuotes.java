package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.engine.monitor.QuoteSnapshot;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Quotes for the polling monitor from the market data, priced exactly as the paper broker fills: an option's bid is
 * what selling it would get and its ask what buying it would cost (its book, else the spread model around its close,
 * with the configured slippage), so a position marked with these is worth what closing it on the paper broker would
 * realise. An underlying's tick carries its last price. Instruments without a quote today are left out.
 */
public final class MarketQuotes implements QuoteSnapshot {

    private final MarketData data;
    private final Clock clock;
    private final ExecutablePrices prices;

    /**
     * Creates the snapshot source.
     *
     * @param data the market data
     * @param clock the clock; its date in India is the trading day read
     * @param prices the spread model and slippage (the paper broker's)
     */
    public MarketQuotes(MarketData data, Clock clock, ExecutablePrices prices) {
        this.data = Checks.notNull(data, "data");
        this.clock = Checks.notNull(clock, "clock");
        this.prices = Checks.notNull(prices, "prices");
    }

    @Override
    public List<Tick> quotes(Set<FeedInstrument> instruments) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TimeToExpiry.ZONE);
        MarketView view = new MarketView(data, today, prices);
        List<Tick> ticks = new ArrayList<>(instruments.size());
        for (FeedInstrument instrument : instruments) {
            switch (instrument) {
                case FeedInstrument.Spot spot -> {
                    OptionalDouble last = view.underlyingPrice(spot.underlying());
                    if (last.isPresent() && last.getAsDouble() > 0) {
                        ticks.add(new Tick(spot, now, last.getAsDouble(), Optional.empty()));
                    }
                }
                case FeedInstrument.Option option -> option(view, option, now).ifPresent(ticks::add);
            }
        }
        return ticks;
    }

    private Optional<Tick> option(MarketView view, FeedInstrument.Option option, Instant now) {
        OptionInstrument contract = new OptionInstrument(
                option.underlying(),
                option.right(),
                Money.ofRupees(option.strike(), RoundingMode.HALF_UP),
                option.expiry());
        if (!(view.find(contract) instanceof MarketView.Found found)) {
            return Optional.empty();
        }
        int lot = found.lotSize().orElse(1);
        LegPricing sell = view.price(found, Side.SELL, lot);
        LegPricing buy = view.price(found, Side.BUY, lot);
        if (!(sell instanceof LegPrice bid) || !(buy instanceof LegPrice ask)) {
            return Optional.empty();
        }
        double reference = bid.reference();
        return Optional.of(
                new Tick(option, now, reference, Optional.of(new BidAsk(bid.executable(), ask.executable()))));
    }
}
