package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
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

class PollingMonitorTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);
    private static final Instant NOW = Instant.parse("2026-12-08T05:00:00Z");

    private static OpenStrategy longCall(long id, double strike) {
        ExitRules rules = new ExitRules(
                List.of(new ExitPlan.ProfitTarget(1_500, 1.0, "all")),
                3_000,
                Optional.empty(),
                Optional.empty(),
                7,
                LocalDate.of(2026, 12, 22),
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(60));
        FeedInstrument.Option call = new FeedInstrument.Option("NIFTY", EXPIRY, strike, Right.CALL);
        return new OpenStrategy(
                id,
                "NIFTY",
                "Long Call",
                LocalDate.of(2026, 12, 1),
                List.of(new OpenLeg(0, call, Side.BUY, 75, 100, 0.14, false)),
                rules,
                50,
                0,
                0,
                0,
                Set.of());
    }

    private static QuoteSnapshot snapshot(double winnerBid) {
        return instruments -> {
            List<Tick> ticks = new ArrayList<>();
            for (FeedInstrument i : instruments) {
                if (i instanceof FeedInstrument.Spot) {
                    ticks.add(new Tick(i, NOW, 25_900, Optional.empty()));
                } else if (i instanceof FeedInstrument.Option o && o.strike() == 26_000) {
                    ticks.add(new Tick(i, NOW, winnerBid + 0.5, Optional.of(new BidAsk(winnerBid, winnerBid + 1))));
                }
            }
            return ticks;
        };
    }

    private static PollingMonitor monitor(MonitorMode mode, QuoteSnapshot quotes, ExitHandler exits) {
        return new PollingMonitor(
                quotes,
                l -> new LiveBook(CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, l),
                Clock.fixed(NOW, ZoneOffset.UTC),
                mode,
                exits);
    }

    @Test
    void oneCycleMarksEveryStrategyAndClosesTheWinnerInExecuteMode() {
        List<Long> closed = new ArrayList<>();
        PollingMonitor monitor = monitor(MonitorMode.EXECUTE, snapshot(125), (s, a) -> {
            closed.add(s.strategyId());
            return Optional.empty();
        });
        PollingMonitor.CycleReport report = monitor.cycle(List.of(longCall(1, 26_000), longCall(2, 26_500)));
        assertThat(report.quotesRead()).isEqualTo(2);
        assertThat(closed).containsExactly(1L);
        assertThat(report.strategies())
                .extracting(PollingMonitor.StrategyCycle::outcome)
                .containsExactly(PollingMonitor.Outcome.CLOSED, PollingMonitor.Outcome.KEPT);
        assertThat(report.strategies().get(1).mark())
                .as("no quote for the 26,500 call")
                .isEmpty();
        assertThat(report.strategies().get(1).decision().primary().rule()).isEqualTo("WAITING_FOR_QUOTES");
        assertThat(report.closes()).isEqualTo(1);
    }

    @Test
    void simulationDecidesWithoutClosing() {
        List<Long> closed = new ArrayList<>();
        PollingMonitor monitor = monitor(MonitorMode.SIMULATE, snapshot(125), (s, a) -> {
            closed.add(s.strategyId());
            return Optional.empty();
        });
        PollingMonitor.CycleReport report = monitor.cycle(List.of(longCall(1, 26_000)));
        assertThat(closed).isEmpty();
        assertThat(report.strategies().getFirst().outcome()).isEqualTo(PollingMonitor.Outcome.WOULD_CLOSE);
        assertThat(report.strategies().getFirst().decision().primary().rule()).isEqualTo("PROFIT_TARGET");
    }

    @Test
    void aFailedExitIsReportedWithItsReason() {
        PollingMonitor monitor = monitor(MonitorMode.EXECUTE, snapshot(50), (s, a) -> {
            throw new IllegalStateException("market closed");
        });
        PollingMonitor.CycleReport report = monitor.cycle(List.of(longCall(1, 26_000)));
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.detail()).isEqualTo("market closed");
            assertThat(f.decision().primary().rule()).isEqualTo("STOP_LOSS");
        });
    }
}
