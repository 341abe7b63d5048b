package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static io.optionsv4.marketdata.sim.SimFixtures.MID_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedMarketFeedTest {

    private static final Instant BEFORE_OPEN =
            MID_2023.atTime(9, 0).atZone(TimeToExpiry.ZONE).toInstant();
    private static final Instant CLOSE = TimeToExpiry.expiryInstant(MID_2023);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final int TICKS_PER_DAY = 76;
    private static final double PRICE_TOLERANCE = 1e-9;

    @Test
    void test_publishDue_sameSeedSameTicks() {
        List<Tick> first = runDay(new SimulatedMarketData(SimFixtures.SEED), instruments());
        List<Tick> second = runDay(MARKET, instruments());
        assertThat(first)
                .isEqualTo(second)
                .hasSize(TICKS_PER_DAY * instruments().size());
    }

    @Test
    void test_publishDue_spotEndsAtTheCloseWithinTheDaysRange() {
        Candle candle = MARKET.quote("RELIANCE", MID_2023).session();
        List<Tick> ticks = runDay(MARKET, Set.of(new FeedInstrument.Spot("RELIANCE")));
        for (Tick tick : ticks) {
            assertThat(tick.last()).isBetween(candle.low(), candle.high());
            assertThat(tick.bidAsk().orElseThrow().bid()).isLessThan(tick.last());
        }
        assertThat(ticks.get(0).last()).isEqualTo(candle.open());
        assertThat(ticks.get(ticks.size() - 1).time()).isEqualTo(CLOSE);
        assertThat(ticks.get(ticks.size() - 1).last()).isEqualTo(candle.close());
        assertThat(ticks.stream().mapToDouble(Tick::last).distinct().count()).isGreaterThan(20);
    }

    @Test
    void test_tickAt_optionAtTheCloseMatchesTheChain() {
        OptionChain chain = SimFixtures.chain("NIFTY", MID_2023, 5);
        double strike = chain.atmStrike().getAsDouble();
        var option = new FeedInstrument.Option("NIFTY", chain.expiry(), strike, Right.PUT);
        SimulatedMarketFeed feed = new SimulatedMarketFeed(MARKET, Clock.fixed(BEFORE_OPEN, ZoneId.of("UTC")));
        Tick tick = feed.tickAt(option, CLOSE).orElseThrow();
        var quote = chain.quote(strike, Right.PUT).orElseThrow();
        assertThat(tick.bidAsk()).isEqualTo(quote.bidAsk());
        assertThat(0.5
                        * (tick.bidAsk().orElseThrow().bid()
                                + tick.bidAsk().orElseThrow().ask()))
                .isCloseTo(quote.bidAsk().orElseThrow().mid(), within(PRICE_TOLERANCE));
        assertThat(feed.tickAt(option, BEFORE_OPEN)).isEmpty();
    }

    @Test
    void test_subscription_closedReceivesNothing() {
        MutableClock clock = new MutableClock(BEFORE_OPEN);
        SimulatedMarketFeed feed = new SimulatedMarketFeed(MARKET, clock, FIVE_MINUTES);
        List<Tick> received = new ArrayList<>();
        FeedSubscription subscription = feed.subscribe(Set.of(new FeedInstrument.Spot("NIFTY")), received::add);
        clock.set(BEFORE_OPEN.plus(Duration.ofMinutes(30)));
        feed.publishDue();
        int before = received.size();
        subscription.close();
        clock.set(CLOSE);
        feed.publishDue();
        assertThat(before).isEqualTo(4);
        assertThat(received).hasSize(before);
        assertThat(subscription.isOpen()).isFalse();
    }

    private static Set<FeedInstrument> instruments() {
        OptionChain chain = SimFixtures.chain("INFY", MID_2023, 5);
        return Set.of(
                new FeedInstrument.Spot("NIFTY"),
                new FeedInstrument.Spot("INFY"),
                new FeedInstrument.Option(
                        "INFY", chain.expiry(), chain.atmStrike().getAsDouble(), Right.CALL));
    }

    private static List<Tick> runDay(SimulatedMarketData market, Set<FeedInstrument> instruments) {
        MutableClock clock = new MutableClock(BEFORE_OPEN);
        SimulatedMarketFeed feed = new SimulatedMarketFeed(market, clock, FIVE_MINUTES);
        List<Tick> ticks = new ArrayList<>();
        feed.subscribe(instruments, ticks::add);
        for (Instant t = BEFORE_OPEN; !t.isAfter(CLOSE.plusSeconds(3600)); t = t.plus(Duration.ofMinutes(7))) {
            clock.set(t);
            feed.publishDue();
        }
        return ticks;
    }

    /** A clock the test moves forward by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
