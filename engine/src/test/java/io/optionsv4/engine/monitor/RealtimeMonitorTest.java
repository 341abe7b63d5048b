package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketFeed;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.market.TickListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealtimeMonitorTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);
    private static final FeedInstrument.Option CALL = new FeedInstrument.Option("NIFTY", EXPIRY, 26_000, Right.CALL);
    private static final FeedInstrument.Spot SPOT = new FeedInstrument.Spot("NIFTY");
    private static final Instant T0 = Instant.parse("2026-12-08T04:30:00Z");

    /** A feed the test pushes ticks into. */
    private static final class PushFeed implements MarketFeed {
        final List<TickListener> listeners = new ArrayList<>();
        final List<Set<FeedInstrument>> subscribed = new ArrayList<>();

        @Override
        public FeedSubscription subscribe(Set<FeedInstrument> instruments, TickListener listener) {
            listeners.add(listener);
            subscribed.add(instruments);
            return new FeedSubscription() {
                @Override
                public Set<FeedInstrument> instruments() {
                    return instruments;
                }

                @Override
                public boolean isOpen() {
                    return listeners.contains(listener);
                }

                @Override
                public void close() {
                    listeners.remove(listener);
                }
            };
        }

        void push(Tick tick) {
            List.copyOf(listeners).forEach(l -> l.onTick(tick));
        }
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final PushFeed feed = new PushFeed();
    private final MovingClock clock = new MovingClock();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<String> closes = new ArrayList<>();

    /** A long call of 75 bought at 100 with a ₹1,500 target (all) and a ₹3,000 stop. */
    private static OpenStrategy longCall() {
        ExitRules rules = new ExitRules(
                List.of(new ExitPlan.ProfitTarget(1_500, 1.0, "all at 1,500")),
                3_000,
                Optional.empty(),
                Optional.empty(),
                7,
                LocalDate.of(2026, 12, 22),
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        return new OpenStrategy(
                11,
                "NIFTY",
                "Long Call",
                LocalDate.of(2026, 12, 1),
                List.of(new OpenLeg(0, CALL, Side.BUY, 75, 100, 0.14, false)),
                rules,
                50,
                0,
                0,
                0,
                Set.of());
    }

    private RealtimeMonitor monitor(MonitorMode mode) {
        ExitHandler handler = (strategy, action) -> {
            closes.add(strategy.strategyId() + " " + action.rule() + " " + action.fraction());
            return Optional.empty();
        };
        return new RealtimeMonitor(
                feed,
                listener -> new LiveBook(
                        CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, listener),
                clock,
                Duration.ofSeconds(2),
                mode,
                handler,
                alerts::add);
    }

    private void pushPrices(double bid, double ask) {
        feed.push(new Tick(SPOT, clock.now, 25_900, Optional.empty()));
        feed.push(new Tick(CALL, clock.now, (bid + ask) / 2, Optional.of(new BidAsk(bid, ask))));
    }

    @Test
    void subscribesWhatTheBookNeeds() {
        RealtimeMonitor monitor = monitor(MonitorMode.SIMULATE);
        monitor.watch(longCall());
        assertThat(feed.subscribed).singleElement().isEqualTo(Set.of(CALL, SPOT));
        monitor.close();
        assertThat(feed.listeners).isEmpty();
    }

    @Test
    void executeModeClosesOnceAndForgetsTheStrategy() {
        RealtimeMonitor monitor = monitor(MonitorMode.EXECUTE);
        monitor.watch(longCall());
        pushPrices(101, 102);
        assertThat(closes).isEmpty();
        pushPrices(125, 126);
        pushPrices(126, 127);
        assertThat(closes).containsExactly("11 PROFIT_TARGET 1.0");
        assertThat(monitor.read(LiveBook::strategies)).isEmpty();
        assertThat(alerts).extracting(Alert::kind).contains("PROFIT_TARGET");
        assertThat(alerts)
                .filteredOn(a -> a.kind().equals("PROFIT_TARGET"))
                .singleElement()
                .satisfies(a -> assertThat(a.message()).startsWith("closed: NIFTY Long Call #11"));
    }

    @Test
    void simulateModeReportsOnceAndPlacesNothing() {
        RealtimeMonitor monitor = monitor(MonitorMode.SIMULATE);
        monitor.watch(longCall());
        pushPrices(55, 56);
        pushPrices(54, 55);
        monitor.heartbeat();
        assertThat(closes).isEmpty();
        assertThat(alerts)
                .filteredOn(a -> a.kind().equals("STOP_LOSS"))
                .singleElement()
                .satisfies(a -> assertThat(a.message()).startsWith("would close:"));
    }

    @Test
    void aFailedExitIsAnAlertAndTheStrategyStaysWatched() {
        ExitHandler failing = (strategy, action) -> {
            throw new IllegalStateException("broker unavailable");
        };
        RealtimeMonitor monitor = new RealtimeMonitor(
                feed,
                listener -> new LiveBook(
                        CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, listener),
                clock,
                Duration.ofSeconds(2),
                MonitorMode.EXECUTE,
                failing,
                alerts::add);
        monitor.watch(longCall());
        pushPrices(55, 56);
        assertThat(alerts)
                .filteredOn(a -> a.kind().equals("EXIT_FAILED"))
                .singleElement()
                .satisfies(a -> assertThat(a.message()).contains("broker unavailable"));
        assertThat(monitor.read(LiveBook::strategies)).hasSize(1);
    }

    @Test
    void aStalledFeedIsReportedOnceWithinTheLimitAndItsReturnToo() {
        RealtimeMonitor monitor = monitor(MonitorMode.SIMULATE);
        monitor.watch(longCall());
        pushPrices(101, 102);
        clock.now = clock.now.plusMillis(1_500);
        monitor.heartbeat();
        assertThat(alerts).noneMatch(a -> a.kind().equals("FEED_STALLED"));
        clock.now = clock.now.plusMillis(1_000);
        monitor.heartbeat();
        clock.now = clock.now.plusMillis(500);
        monitor.heartbeat();
        assertThat(alerts).filteredOn(a -> a.kind().equals("FEED_STALLED")).hasSize(1);
        pushPrices(101, 102);
        assertThat(alerts).extracting(Alert::kind).contains("FEED_RESUMED");
    }

    @Test
    void closingDecisionIsNotHandedOverTwice() {
        RealtimeMonitor monitor = monitor(MonitorMode.ALERT_ONLY);
        monitor.watch(longCall());
        pushPrices(130, 131);
        pushPrices(101, 102);
        pushPrices(130, 131);
        assertThat(alerts).filteredOn(a -> a.kind().equals("PROFIT_TARGET")).hasSize(1);
        ExitAction last = monitor.read(b -> b.lastDecision(11).orElseThrow().primary());
        assertThat(last.rule()).isEqualTo("PROFIT_TARGET");
    }

    @Test
    void test_fallbackQuotes_whileStalledDecideButTheStallStays() {
        RealtimeMonitor monitor = monitor(MonitorMode.SIMULATE);
        monitor.watch(longCall());
        clock.now = clock.now.plusSeconds(3);
        monitor.heartbeat();
        assertThat(monitor.stalled()).isTrue();
        List<Set<FeedInstrument>> asked = new ArrayList<>();
        QuoteSnapshot rest = instruments -> {
            asked.add(instruments);
            return List.of(
                    new Tick(SPOT, clock.now, 25_900, Optional.empty()),
                    new Tick(CALL, clock.now, 54.5, Optional.of(new BidAsk(54, 55))));
        };

        int applied = monitor.onFallbackQuotes(rest);

        assertThat(applied).isEqualTo(2);
        assertThat(asked).singleElement().isEqualTo(Set.of(CALL, SPOT));
        assertThat(monitor.stalled()).isTrue();
        assertThat(monitor.ticks()).isZero();
        assertThat(alerts).extracting(Alert::kind).containsSubsequence("FEED_STALLED", "STOP_LOSS");
        pushPrices(54, 55);
        assertThat(monitor.stalled()).isFalse();
    }

    @Test
    void test_heartbeat_storesRaisedPeaksOnly() {
        java.util.Map<Long, Double> stored = new java.util.HashMap<>();
        io.optionsv4.core.exit.PeakPnlStore peaks = new io.optionsv4.core.exit.PeakPnlStore() {
            @Override
            public java.util.OptionalDouble peak(long strategyId) {
                Double p = stored.get(strategyId);
                return p == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(p);
            }

            @Override
            public void raise(java.util.Map<Long, Double> raised, Instant at) {
                raised.forEach((id, p) -> stored.merge(id, p, Math::max));
            }
        };
        RealtimeMonitor monitor = new RealtimeMonitor(
                feed,
                listener -> new LiveBook(
                        CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, listener),
                clock,
                Duration.ofSeconds(2),
                new RealtimeMonitor.Handling(
                        MonitorMode.SIMULATE, (s, a) -> Optional.empty(), alerts::add, Optional.of(peaks)));
        monitor.watch(longCall());
        pushPrices(110, 111);
        monitor.heartbeat();
        double peak = stored.get(11L);
        assertThat(peak).isPositive();

        pushPrices(105, 106);
        monitor.heartbeat();

        assertThat(stored.get(11L)).isEqualTo(peak);
        pushPrices(112, 113);
        monitor.heartbeat();
        assertThat(stored.get(11L)).isGreaterThan(peak);
    }
}
