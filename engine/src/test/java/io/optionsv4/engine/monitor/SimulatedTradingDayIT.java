package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
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
import io.optionsv4.store.testdata.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated trading day and a half on the paper broker: three strategies entered at 10:00; the polling monitor, in
 * EXECUTE mode, takes the bull put spread's profit when its puts fall, stops the bear call spread out when its calls
 * rise, and closes the long call on its time-exit day — each exit exactly once, however often the monitor cycles.
 */
class SimulatedTradingDayIT {

    private static final List<StrategyLeg> BULL_PUT = List.of(
            ExecutionFixtures.leg(0, Side.SELL, Right.PUT, 21_500, 60),
            ExecutionFixtures.leg(1, Side.BUY, Right.PUT, 21_200, 30));
    private static final List<StrategyLeg> BEAR_CALL = List.of(
            ExecutionFixtures.leg(0, Side.SELL, Right.CALL, 23_500, 50),
            ExecutionFixtures.leg(1, Side.BUY, Right.CALL, 23_800, 20));
    private static final List<StrategyLeg> LONG_CALL =
            List.of(ExecutionFixtures.leg(0, Side.BUY, Right.CALL, 24_000, 30));

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

    /** Stores the strategy's exit levels: one profit target closing all, a stop, a time exit at {@code dte}. */
    private static void levels(long strategyId, double target, double stop, int dte) {
        database.jdbi().useTransaction(h -> {
            h.execute(
                    "INSERT INTO strategy_exit_levels VALUES (?, 0, 'PROFIT_TARGET', ?, 1.0, 'all at the target')",
                    strategyId,
                    target);
            h.execute("INSERT INTO strategy_exit_levels VALUES (?, 1, 'STOP_LOSS', ?, 1.0, 'stop')", strategyId, -stop);
            h.execute(
                    "INSERT INTO strategy_exit_levels VALUES (?, 2, 'TIME_EXIT', ?, 1.0, 'time exit')",
                    strategyId,
                    (double) dte);
        });
    }

    private static void move(QuotedMarket market, List<StrategyLeg> legs, double... premiums) {
        for (int i = 0; i < legs.size(); i++) {
            market.quote(
                    ExecutionFixtures.contract(legs.get(i)),
                    ExecutionFixtures.LOT,
                    ExecutionFixtures.book(premiums[i], ExecutionFixtures.DEEP));
        }
    }

    @Test
    void targetsStopsAndTimeExitsFireExactlyOnceEach() {
        TestClock clock = new TestClock(ExecutionFixtures.TEN_AM);
        QuotedMarket market = new QuotedMarket(ExecutionFixtures.SPOT);
        for (List<StrategyLeg> legs : List.of(BULL_PUT, BEAR_CALL, LONG_CALL)) {
            ExecutionFixtures.quote(market, legs, ExecutionFixtures.DEEP);
        }
        PaperBroker paper = ExecutionFixtures.paper(database.jdbi(), market, clock, "day-" + System.nanoTime());
        ExecutionService service = ExecutionFixtures.service(database.jdbi(), paper, market, clock, Optional.empty());
        MarkedStrategy bullPut = ExecutionFixtures.store(database.jdbi(), "Bull Put Spread", BULL_PUT, 1, 30_000);
        MarkedStrategy bearCall = ExecutionFixtures.store(database.jdbi(), "Bear Call Spread", BEAR_CALL, 1, 30_000);
        MarkedStrategy longCall = ExecutionFixtures.store(database.jdbi(), "Long Call", LONG_CALL, 1, 30_000);
        // Expiry 2026-01-27: a 20-DTE time exit is 2026-01-07, the second day.
        levels(bullPut.strategyId(), 800, 3_000, 0);
        levels(bearCall.strategyId(), 5_000, 1_500, 0);
        levels(longCall.strategyId(), 5_000, 5_000, 20);
        List<ExecutionOutcome> entered =
                service.execute(List.of(bullPut, bearCall, longCall)).outcomes();
        assertThat(entered)
                .allSatisfy(o -> assertThat(o.result()).as(o.reason()).isEqualTo(ExecutionOutcome.Result.EXECUTED));

        JdbiHeldPositionStore books = new JdbiHeldPositionStore(database.jdbi());
        OpenStrategies mapper = new OpenStrategies(MonitorSettings.DEFAULT, TradingDays.WEEKDAYS, s -> true);
        ExecutionExits exits = new ExecutionExits(
                service, new JdbiExitIntentStore(database.jdbi()), books, mapper, new ExitJournal(home, clock));
        PollingMonitor monitor = new PollingMonitor(
                new MarketQuotes(market, clock, ExecutablePrices.DEFAULT),
                l -> new LiveBook(CostCalculator.nseDhan(), TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, l),
                clock,
                MonitorMode.EXECUTE,
                exits);
        List<String> closed = new ArrayList<>();
        Runnable cycle =
                () -> monitor.cycle(books.open().stream().map(mapper::of).toList()).strategies().stream()
                        .filter(s -> s.outcome() == PollingMonitor.Outcome.CLOSED)
                        .forEach(s -> closed.add(s.strategy().strategyType() + " "
                                + s.decision().primary().rule()));

        cycle.run();
        assertThat(closed).as("10:00, just entered: nothing to do").isEmpty();

        clock.advance(Duration.ofHours(1));
        move(market, BULL_PUT, 20, 8);
        cycle.run();
        cycle.run();
        assertThat(closed).containsExactly("Bull Put Spread PROFIT_TARGET");

        clock.advance(Duration.ofHours(1));
        move(market, BEAR_CALL, 90, 40);
        cycle.run();
        cycle.run();
        assertThat(closed).containsExactly("Bull Put Spread PROFIT_TARGET", "Bear Call Spread STOP_LOSS");

        clock.advance(Duration.ofHours(22));
        cycle.run();
        cycle.run();
        assertThat(closed)
                .containsExactly("Bull Put Spread PROFIT_TARGET", "Bear Call Spread STOP_LOSS", "Long Call TIME_EXIT");
        assertThat(books.open()).isEmpty();
        assertThat(paper.positions()).allSatisfy(p -> assertThat(p.flat()).isTrue());

        Map<String, Long> exitOrders = database
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT s.strategy_name FROM orders o JOIN strategies s"
                                + " ON s.id = o.strategy_id WHERE o.purpose = 'EXIT' AND s.id IN (:a, :b, :c)")
                        .bind("a", bullPut.strategyId())
                        .bind("b", bearCall.strategyId())
                        .bind("c", longCall.strategyId())
                        .mapTo(String.class)
                        .list())
                .stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(exitOrders)
                .as("one exit order per leg")
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Bull Put Spread", 2L, "Bear Call Spread", 2L, "Long Call", 1L));
        List<String> intents = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT rule || ' ' || state FROM strategy_exit_intents"
                                + " WHERE strategy_id IN (:a, :b, :c) ORDER BY id")
                        .bind("a", bullPut.strategyId())
                        .bind("b", bearCall.strategyId())
                        .bind("c", longCall.strategyId())
                        .mapTo(String.class)
                        .list());
        assertThat(intents).containsExactly("PROFIT_TARGET DONE", "STOP_LOSS DONE", "TIME_EXIT DONE");
    }
}
