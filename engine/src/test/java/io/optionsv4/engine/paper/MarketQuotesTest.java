package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Tick;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The polling monitor's quotes are the paper broker's prices: bid = what selling fills at, ask = what buying costs. */
class MarketQuotesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);

    @Test
    void optionQuotesAreTheBooksPricesAndUnknownContractsAreLeftOut() {
        SimulatedMarketData market = new SimulatedMarketData(SimulatedMarketData.DEFAULT_SEED);
        LocalDate expiry = market.expiries("NIFTY", DAY).get(1).date();
        OptionChain chain = market.optionChain("NIFTY", expiry, DAY);
        double atm = chain.atmStrike().orElseThrow();
        Clock clock =
                Clock.fixed(DAY.atTime(11, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant(), ZoneId.of("UTC"));
        MarketQuotes quotes = new MarketQuotes(market, clock, ExecutablePrices.DEFAULT);

        FeedInstrument.Option call = new FeedInstrument.Option("NIFTY", expiry, atm, Right.CALL);
        FeedInstrument.Option unlisted = new FeedInstrument.Option("NIFTY", expiry, atm + 0.5, Right.CALL);
        FeedInstrument.Spot spot = new FeedInstrument.Spot("NIFTY");
        Map<FeedInstrument, Tick> ticks = quotes.quotes(Set.of(call, unlisted, spot)).stream()
                .collect(Collectors.toMap(Tick::instrument, Function.identity()));

        assertThat(ticks).containsOnlyKeys(call, spot);
        BidAsk book = chain.quote(atm, Right.CALL).orElseThrow().bidAsk().orElseThrow();
        BidAsk quoted = ticks.get(call).bidAsk().orElseThrow();
        assertThat(quoted.bid()).isCloseTo(book.bid(), within(1e-9));
        assertThat(quoted.ask()).isCloseTo(book.ask(), within(1e-9));
        assertThat(ticks.get(spot).last()).isCloseTo(market.quote("NIFTY", DAY).last(), within(1e-9));
        assertThat(ticks.get(spot).bidAsk()).isEmpty();
        assertThat(List.copyOf(ticks.values()))
                .allSatisfy(t -> assertThat(t.time()).isEqualTo(clock.instant()));
    }
}
