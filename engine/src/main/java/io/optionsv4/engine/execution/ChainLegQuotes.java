package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.PriceSource;
import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.ReferenceDataException;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LegQuotes} from a {@link MarketData} option chain of one day: the chain's book where it has one (the
 * simulated market, Dhan), else the spread model's bid and ask around the close, as the analysis priced it
 * (end-of-day replay: {@link PriceSource#MODEL}). A live source's quotes are as of the moment they were read; an
 * end-of-day source's as of the session's close (15:30 in India). Chains are read once per instance (one command)
 * until {@link #refresh()}.
 * Thread-safe.
 */
public final class ChainLegQuotes implements LegQuotes {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final LocalTime CLOSE = LocalTime.of(15, 30);

    private final MarketData market;
    private final ReferenceData reference;
    private final LocalDate asOf;
    private final boolean live;
    private final Clock clock;
    private final Map<String, OptionChain> chains = new ConcurrentHashMap<>();

    /**
     * Creates the quotes.
     *
     * @param market the market data
     * @param reference the reference data, for the lots of contracts the chain does not list with a lot
     * @param asOf the trading day whose chains are read
     * @param live true when the source's chains are current (Dhan), false for end-of-day data
     * @param clock the clock that times live quotes
     */
    public ChainLegQuotes(MarketData market, ReferenceData reference, LocalDate asOf, boolean live, Clock clock) {
        this.market = Checks.notNull(market, "market");
        this.reference = Checks.notNull(reference, "reference");
        this.asOf = Checks.notNull(asOf, "asOf");
        this.live = live;
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public LegQuote quote(OptionInstrument instrument) {
        OptionChain chain = chain(instrument);
        Optional<OptionQuote> found = chain.quote(instrument.strike().rupees(), instrument.right());
        if (found.isEmpty()) {
            throw new MarketDataException(instrument.displayName() + " is not listed in the chain of " + chain.asOf());
        }
        OptionQuote q = found.get();
        Instant at = live
                ? clock.instant()
                : chain.asOf().atTime(CLOSE).atZone(INDIA).toInstant();
        if (q.bidAsk().isPresent()) {
            return new LegQuote(
                    instrument,
                    rupees(q.bidAsk().get().bid()),
                    rupees(q.bidAsk().get().ask()),
                    at,
                    PriceSource.BOOK);
        }
        return modelled(instrument, chain, q, at);
    }

    @Override
    public OptionalInt lotSize(OptionInstrument instrument) {
        try {
            Optional<LotSize> listed = chain(instrument).lotSize();
            if (listed.isPresent()) {
                return OptionalInt.of(listed.get().unitsPerLot());
            }
        } catch (MarketDataException e) {
            // not listed today: the reference data may still know the contract's lot
        }
        try {
            return OptionalInt.of(reference
                    .lotSizeForContract(instrument.symbol(), YearMonth.from(instrument.expiry()))
                    .unitsPerLot());
        } catch (ReferenceDataException e) {
            return OptionalInt.empty();
        }
    }

    private OptionChain chain(OptionInstrument instrument) {
        return chains.computeIfAbsent(
                instrument.symbol() + " " + instrument.expiry(),
                k -> market.optionChain(instrument.symbol(), instrument.expiry(), asOf));
    }

    private static LegQuote modelled(OptionInstrument instrument, OptionChain chain, OptionQuote q, Instant at) {
        double reference = q.close() > 0 ? q.close() : q.last();
        double forward = chain.forward().map(f -> f.price()).orElse(chain.spot().orElse(q.strike()));
        double years = Math.max(chain.yearsToExpiry(), 1.0 / 365);
        double vol = q.impliedVolatility().orElse(0.2);
        int lot = chain.lotSize().map(l -> l.unitsPerLot()).orElse(1);
        SpreadInputs inputs = new SpreadInputs(
                reference,
                Math.log(q.strike() / forward) / (vol * Math.sqrt(years)),
                Math.max(0, ChronoUnit.DAYS.between(chain.asOf(), chain.expiry())),
                q.volume(),
                q.openInterest() / (double) lot,
                instrument.symbol().contains("NIFTY"));
        return switch (ExecutablePrices.DEFAULT.fromModel(instrument.displayName(), Side.BUY, inputs)) {
            case LegPrice p -> new LegQuote(instrument, rupees(p.bid()), rupees(p.ask()), at, PriceSource.MODEL);
            case BadPrice bad -> new LegQuote(instrument, Money.ZERO, Money.ZERO, at, PriceSource.MODEL);
        };
    }

    private static Money rupees(double price) {
        return Money.ofRupees(price, RoundingMode.HALF_UP);
    }

    @Override
    public void refresh() {
        chains.clear();
    }
}
