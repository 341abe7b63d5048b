package io.optionsv4.engine.backtest;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Position;
import io.optionsv4.engine.paper.PaperBroker;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closing marks of one day: a long option is worth its bid, a short one costs its ask (what closing it would get
 * or pay), a long with a zero bid nothing; a quote without a book is valued at its close. A contract that expired
 * today is worth its intrinsic value at the underlying's close. Not thread-safe.
 */
final class Marks {

    private final MarketData market;
    private final LocalDate day;
    private final Map<String, Optional<OptionChain>> chains = new HashMap<>();

    Marks(MarketData market, LocalDate day) {
        this.market = market;
        this.day = day;
    }

    /** Returns the account at the close: cash from the broker's ledger plus the open positions at these marks. */
    EquityPoint equity(PaperBroker broker, TradeBook book, long capitalPaise) {
        Funds funds = broker.funds();
        long cash = funds.available().plus(funds.utilized()).paise();
        long value = 0;
        for (Position p : broker.positions()) {
            if (p.instrument() instanceof OptionInstrument c
                    && p.netQuantity() != 0
                    && !c.expiry().isBefore(day)) {
                Side side = p.netQuantity() > 0 ? Side.BUY : Side.SELL;
                value += price(c, side).paise() * p.netQuantity();
            }
        }
        long equity = cash + value;
        long realised = book.realisedPaise();
        return new EquityPoint(
                day,
                equity,
                cash,
                Math.max(0, funds.utilized().paise()),
                book.open().size(),
                realised,
                equity - capitalPaise - realised);
    }

    /** Returns the gross P&amp;L of a strategy's legs at these marks (closed legs at their exits). */
    long gross(List<TradeLeg> legs) {
        long gross = 0;
        for (TradeLeg leg : legs) {
            gross += leg.exit().isPresent()
                    ? leg.realizedGross().paise()
                    : leg.grossAt(price(leg.contract(), leg.side())).paise();
        }
        return gross;
    }

    /** Returns what closing a position opened on {@code opened} side would fetch or cost per unit. */
    private Money price(OptionInstrument c, Side opened) {
        if (c.expiry().equals(day) || c.expiry().isBefore(day)) {
            return intrinsic(c);
        }
        Optional<OptionQuote> quote = chain(c).flatMap(ch -> ch.quote(c.strike().rupees(), c.right()));
        if (quote.isEmpty()) {
            return Money.ZERO;
        }
        OptionQuote q = quote.get();
        // A long whose book has no bid fetches nothing (not its close); a short always has an ask to pay.
        double rupees = q.bidAsk()
                .map(b -> opened == Side.BUY ? b.bid() : b.ask())
                .filter(p -> p > 0 || opened == Side.BUY)
                .orElse(q.close());
        return Money.ofRupees(rupees, RoundingMode.HALF_UP);
    }

    private Money intrinsic(OptionInstrument c) {
        try {
            double close = market.quote(c.symbol(), c.expiry()).close();
            Right right = c.right();
            return Money.ofRupees(right.intrinsic(close, c.strike().rupees()), RoundingMode.HALF_UP);
        } catch (MarketDataException e) {
            return Money.ZERO;
        }
    }

    private Optional<OptionChain> chain(OptionInstrument c) {
        return chains.computeIfAbsent(c.symbol() + "|" + c.expiry(), k -> {
            try {
                return Optional.of(market.optionChain(c.symbol(), c.expiry(), day));
            } catch (MarketDataException e) {
                return Optional.empty();
            }
        });
    }
}
