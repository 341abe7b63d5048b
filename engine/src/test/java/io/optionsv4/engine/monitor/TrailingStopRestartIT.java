package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.PeakPnlStore;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.paper.MarketQuotes;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.testdata.ExecutionFixtures;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiExitIntentStore;
import io.optionsv4.store.JdbiHeldPositionStore;
import io.optionsv4.store.JdbiPeakPnlStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trailing stop across a monitor restart: the peak net P&amp;L a monitor saw is stored (V14), and a new monitor
 * (new mapper, new book) fires the stop at the level that peak sets; without the stored peak it would not.
 */
class TrailingStopRestartIT {

    /** Arms at ₹1,000 of net profit; gives back at most half of the peak. */
    private static final MonitorSettings TRAILING = new MonitorSettings(
            Duration.ofSeconds(30),
            Duration.ofSeconds(2),
            Optional.empty(),
            Optional.of(new ExitRules.TrailingStop(1_000, 0.5)),
            0,
            1,
            0.065);

    private static Database database;

    @TempDir
    Path home;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void test_trailingStop_restartedMonitorKeepsThePeakAndFiresAtItsLevel() {
        TestClock clock = new TestClock(ExecutionFixtures.TEN_AM);
        QuotedMarket market = new QuotedMarket(ExecutionFixtures.SPOT);
        List<StrategyLeg> legs = ExecutionFixtures.bullPutSpread();
        ExecutionFixtures.quote(market, legs, ExecutionFixtures.DEEP);
        PaperBroker paper = ExecutionFixtures.paper(database.jdbi(), market, clock, "trail-" + System.nanoTime());
        ExecutionService service = ExecutionFixtures.service(database.jdbi(), paper, market, clock, Optional.empty());
        MarkedStrategy spread = ExecutionFixtures.store(database.jdbi(), "Bull Put Spread", legs, 1, 30_000);
        ExecutionOutcome entered = service.execute(List.of(spread)).outcomes().get(0);
        assertThat(entered.result()).as(entered.reason()).isEqualTo(ExecutionOutcome.Result.EXECUTED);
        JdbiHeldPositionStore books = new JdbiHeldPositionStore(database.jdbi());
        PeakPnlStore peaks = new JdbiPeakPnlStore(database.jdbi());

        clock.advance(Duration.ofMinutes(30));
        move(market, legs, 19.5, 6.2);
        PollingMonitor.StrategyCycle atPeak =
                cycle(monitor(service, market, clock, peaks, books), mapper(peaks), books);

        assertThat(atPeak.decision().primary().rule()).isNotEqualTo("TRAILING_STOP");
        double peak = atPeak.mark().orElseThrow().netPnlRupees();
        assertThat(peak).isGreaterThan(2_000);
        assertThat(peaks.peak(spread.strategyId())).hasValueCloseTo(peak, org.assertj.core.data.Offset.offset(0.01));

        clock.advance(Duration.ofMinutes(30));
        move(market, legs, 39.0, 6.2);
        PollingMonitor.StrategyCycle restarted =
                cycle(monitor(service, market, clock, peaks, books), mapper(peaks), books);
        PollingMonitor.StrategyCycle forgetful = cycle(
                monitor(service, market, clock, peaks, books),
                new OpenStrategies(TRAILING, TradingDays.WEEKDAYS, s -> true),
                books);

        double pnl = restarted.mark().orElseThrow().netPnlRupees();
        assertThat(pnl).isBetween(1_000.0, peak / 2);
        assertThat(restarted.decision().primary().rule()).isEqualTo("TRAILING_STOP");
        assertThat(restarted.decision().primary().reason())
                .contains(String.format(java.util.Locale.ROOT, "of the peak ₹%,.2f", peak));
        assertThat(restarted.outcome()).isEqualTo(PollingMonitor.Outcome.WOULD_CLOSE);
        assertThat(forgetful.decision().primary().rule())
                .as("without the stored peak")
                .isNotEqualTo("TRAILING_STOP");
        assertThat(peaks.peak(spread.strategyId())).hasValueCloseTo(peak, org.assertj.core.data.Offset.offset(0.01));
    }

    private PollingMonitor monitor(
            ExecutionService service,
            QuotedMarket market,
            TestClock clock,
            PeakPnlStore peaks,
            JdbiHeldPositionStore b) {
        OpenStrategies mapper = mapper(peaks);
        ExecutionExits exits = new ExecutionExits(
                service, new JdbiExitIntentStore(database.jdbi()), b, mapper, new ExitJournal(home, clock));
        return new PollingMonitor(
                new MarketQuotes(market, clock, ExecutablePrices.DEFAULT),
                l -> new LiveBook(CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, l),
                clock,
                MonitorMode.SIMULATE,
                exits,
                Optional.of(peaks));
    }

    private static OpenStrategies mapper(PeakPnlStore peaks) {
        return new OpenStrategies(TRAILING, TradingDays.WEEKDAYS, s -> true, Optional.of(peaks));
    }

    private static PollingMonitor.StrategyCycle cycle(
            PollingMonitor monitor, OpenStrategies mapper, JdbiHeldPositionStore books) {
        return monitor.cycle(books.open().stream().map(mapper::of).toList())
                .strategies()
                .get(0);
    }

    private static void move(QuotedMarket market, List<StrategyLeg> legs, double... premiums) {
        for (int i = 0; i < legs.size(); i++) {
            market.quote(
                    ExecutionFixtures.contract(legs.get(i)),
                    ExecutionFixtures.LOT,
                    ExecutionFixtures.book(premiums[i], ExecutionFixtures.DEEP));
        }
    }
}
