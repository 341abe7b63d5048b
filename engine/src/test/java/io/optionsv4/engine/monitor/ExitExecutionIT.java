package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.exit.ActionKind;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.exit.Urgency;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.Position;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.testdata.ExecutionFixtures;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiExitIntentStore;
import io.optionsv4.store.JdbiHeldPositionStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit executor over the paper broker and the embedded PostgreSQL: partial and full exits, each exactly once. */
class ExitExecutionIT {

    private static Database database;

    @TempDir
    Path home;

    private TestClock clock;
    private QuotedMarket market;
    private PaperBroker paper;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void world() {
        clock = new TestClock(ExecutionFixtures.TEN_AM);
        market = new QuotedMarket(ExecutionFixtures.SPOT);
        ExecutionFixtures.quote(market, ExecutionFixtures.ironCondor(), ExecutionFixtures.DEEP);
        paper = ExecutionFixtures.paper(database.jdbi(), market, clock, "exit-" + System.nanoTime());
    }

    private ExecutionService service() {
        return ExecutionFixtures.service(database.jdbi(), paper, market, clock, Optional.of(ExecutionLog.file(home)));
    }

    private ExecutionExits exits(ExecutionService service) {
        OpenStrategies mapper = new OpenStrategies(
                MonitorSettings.DEFAULT,
                TradingDays.WEEKDAYS,
                s -> ReferenceData.standard().underlying(s).isIndex());
        return new ExecutionExits(
                service,
                new JdbiExitIntentStore(database.jdbi()),
                new JdbiHeldPositionStore(database.jdbi()),
                mapper,
                new ExitJournal(home, clock));
    }

    private Map<String, Integer> net() {
        return paper.positions().stream()
                .filter(p -> !p.flat())
                .collect(Collectors.toMap(p -> p.instrument().displayName(), Position::netQuantity));
    }

    @Test
    void partialThenFullExitEachHappenOnceAndTheBooksFollow() throws IOException {
        MarkedStrategy condor =
                ExecutionFixtures.store(database.jdbi(), "Iron Condor", ExecutionFixtures.ironCondor(), 2, 15_000);
        ExecutionService service = service();
        ExecutionOutcome entered = service.execute(List.of(condor)).outcomes().get(0);
        assertThat(entered.result()).as(entered.reason()).isEqualTo(ExecutionOutcome.Result.EXECUTED);
        assertThat(net().values()).containsOnly(150, -150);

        JdbiHeldPositionStore books = new JdbiHeldPositionStore(database.jdbi());
        HeldStrategy held = books.open(condor.strategyId()).orElseThrow();
        assertThat(held.legs()).allSatisfy(l -> assertThat(l.quantity()).isEqualTo(150));
        assertThat(held.charges().paise()).isPositive();

        OpenStrategies mapper = new OpenStrategies(MonitorSettings.DEFAULT, TradingDays.WEEKDAYS, s -> true);
        OpenStrategy open = mapper.of(held);
        ExitAction half = ExitAction.closePartial(0.5, Urgency.NORMAL, "PROFIT_TARGET", "first target");
        ExecutionExits handler = exits(service);

        Optional<OpenStrategy> after = handler.close(open, half);
        assertThat(after).isPresent();
        assertThat(after.get().closedFraction()).isEqualTo(0.5);
        assertThat(after.get().legs()).allSatisfy(l -> assertThat(l.quantity()).isEqualTo(75));
        assertThat(after.get().realisedRupees()).isNotZero();
        assertThat(net().values()).containsOnly(75, -75);
        int ordersAfterHalf = paper.orders().size();

        // The same decision again (a second monitor, a repeated cycle): the intent is found, nothing is sent.
        handler.close(open, half);
        assertThat(paper.orders()).hasSize(ordersAfterHalf);
        assertThat(net().values()).containsOnly(75, -75);

        ExitAction stop = new ExitAction(ActionKind.CLOSE_IMMEDIATELY, 1.0, Urgency.HIGH, "STOP_LOSS", "stop hit");
        assertThat(handler.close(after.get(), stop)).isEmpty();
        assertThat(net()).isEmpty();
        assertThat(books.open(condor.strategyId())).isEmpty();
        assertThat(books.open()).noneMatch(h -> h.strategyId() == condor.strategyId());
        assertThat(handler.close(after.get(), stop)).isEmpty();
        assertThat(net()).isEmpty();

        List<String> exitOrders = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT leg_index || ':' || side FROM orders WHERE strategy_id = :id"
                                + " AND purpose = 'EXIT' ORDER BY id")
                        .bind("id", condor.strategyId())
                        .mapTo(String.class)
                        .list());
        assertThat(exitOrders)
                .as("short legs are bought back before long legs are sold, each exit once")
                .containsExactly("1:BUY", "2:BUY", "0:SELL", "3:SELL", "1:BUY", "2:BUY", "0:SELL", "3:SELL");
        List<String> intents = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT rule || ' ' || target_closed_fraction || ' ' || state"
                                + " FROM strategy_exit_intents WHERE strategy_id = :id ORDER BY id")
                        .bind("id", condor.strategyId())
                        .mapTo(String.class)
                        .list());
        assertThat(intents).containsExactly("PROFIT_TARGET 0.5 DONE", "STOP_LOSS 1 DONE");
        String status = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM strategy_execution_status WHERE strategy_id = :id")
                        .bind("id", condor.strategyId())
                        .mapTo(String.class)
                        .one());
        assertThat(status).isEqualTo("CLOSED");
        List<String> journal = Files.readAllLines(ExitJournal.file(home));
        assertThat(journal).hasSize(4);
        assertThat(journal.get(0)).contains("\"rule\":\"PROFIT_TARGET\"", "\"state\":\"DONE\"", "\"flat\":false");
        assertThat(journal.get(2)).contains("\"rule\":\"STOP_LOSS\"", "\"flat\":true");
        assertThat(ExitIntent.State.valueOf("DONE")).isEqualTo(ExitIntent.State.DONE);
    }
}
