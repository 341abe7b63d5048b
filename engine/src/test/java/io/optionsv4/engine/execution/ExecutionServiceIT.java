package io.optionsv4.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.execution.ExecutionOutcome.Result;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.testdata.ExecutionFixtures;
import io.optionsv4.engine.testdata.FaultInjectingBroker;
import io.optionsv4.engine.testdata.FaultPlan;
import io.optionsv4.engine.testdata.FaultPlan.LegFault;
import io.optionsv4.engine.testdata.HarnessMarket;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.SimulatedCrash;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.store.Database;
import io.optionsv4.store.testdata.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution state machine over the paper broker and the embedded PostgreSQL. */
class ExecutionServiceIT {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static Database database;

    @TempDir
    Path home;

    private TestClock clock;
    private QuotedMarket market;
    private PaperBroker paper;
    private String account;

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
        account = "it-" + ACCOUNTS.incrementAndGet();
        paper = ExecutionFixtures.paper(database.jdbi(), market, clock, account);
    }

    @Test
    void test_preview_legsAtTheTouchBuysFirst_everyCheckPasses() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 2);

        StrategyPreview p = service(paper).preview(List.of(condor)).get(0);

        assertThat(p.legs()).extracting(l -> l.side()).containsExactly(Side.BUY, Side.BUY, Side.SELL, Side.SELL);
        assertThat(p.legs().get(0).limit()).contains(Money.ofPaise(4_100));
        assertThat(p.legs().get(2).limit()).contains(Money.ofPaise(9_000));
        assertThat(p.legs().get(0).quantity()).isEqualTo(150);
        assertThat(p.netPremium()).isEqualTo(Money.ofPaise((9_000 + 8_500 - 4_100 - 3_600) * 150L));
        assertThat(p.margin()).hasValueSatisfying(m -> assertThat(m.paise()).isPositive());
        assertThat(p.charges().paise()).isPositive();
        assertThat(p.checks()).extracting(Check::verdict).containsOnly(Verdict.PASS);
        assertThat(p.checks())
                .extracting(Check::name)
                .contains("execution", "market hours", "lots", "quote age", "max loss", "funds and margin");
        assertThat(count("orders WHERE strategy_id = " + condor.strategyId())).isZero();
    }

    @Test
    void test_preview_crossedOrStaleQuoteAndClosedMarketFail() {
        List<StrategyLeg> legs = ExecutionFixtures.ironCondor();
        MarkedStrategy condor = store(legs, 1);
        market.quote(ExecutionFixtures.contract(legs.get(1)), ExecutionFixtures.LOT, new BidAsk(90, 90));
        clock.advance(Duration.ofHours(8));

        StrategyPreview p = service(paper).preview(List.of(condor)).get(0);

        assertThat(verdict(p, "market hours")).isEqualTo(Verdict.FAIL);
        assertThat(p.passed()).isFalse();
        StrategyPreview waived = ExecutionFixtures.service(
                        database.jdbi(),
                        paper,
                        market,
                        clock,
                        Optional.empty(),
                        ExecutionSettings.DEFAULT.withIgnoreMarketHours(true))
                .preview(List.of(condor))
                .get(0);
        assertThat(verdict(waived, "market hours")).isEqualTo(Verdict.WAIVED);
    }

    @Test
    void test_execute_fillsEveryLegAtTheTouch_booksEntryPricesAndCharges_secondRunSendsNothing() throws IOException {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);

        ExecutionReport report = service(paper).execute(List.of(condor));

        ExecutionOutcome o = report.outcomes().get(0);
        assertThat(o.result()).as(o.reason()).isEqualTo(Result.EXECUTED);
        assertThat(o.orders()).hasSize(4).allMatch(r -> r.state() == OrderState.FILLED && r.booked());
        Map<String, Object> trades = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) AS n, min(entry_price_paise) AS low,"
                                + " sum(charges_paise) AS charges FROM trades WHERE strategy_id = :id")
                        .bind("id", condor.strategyId())
                        .mapToMap()
                        .one());
        assertThat(trades.get("n")).isEqualTo(4L);
        assertThat(((Number) trades.get("low")).longValue()).isEqualTo(3_600L);
        assertThat(((Number) trades.get("charges")).longValue()).isPositive();
        assertThat(status(condor)).isEqualTo("EXECUTED");
        assertThat(netPositions()).containsValues(75, -75);
        assertThat(Files.readString(ExecutionLog.file(home))).contains("strategy.entered", "order.booked");

        ExecutionReport again = service(paper)
                .execute(List.of(store().strategy(condor.strategyId()).orElseThrow()));

        assertThat(again.outcomes().get(0).result()).isEqualTo(Result.ALREADY_EXECUTED);
        assertThat(paper.orders()).hasSize(4);
    }

    @Test
    void test_execute_sellLegRejected_unwindsTheFilledBuys_failedAndFlat() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);

        ExecutionOutcome o = service(faulty(FaultPlan.leg("1E", LegFault.REJECT)))
                .execute(List.of(condor))
                .outcomes()
                .get(0);

        assertThat(o.result()).isEqualTo(Result.FAILED);
        assertThat(o.reason()).contains("leg 1", "rejected", "fault: rejected by the exchange");
        assertThat(o.orders())
                .extracting(r -> FaultInjectingBroker.key(r.correlationId()))
                .containsExactly("0E", "3E", "1E", "0U", "3U");
        assertThat(netPositions()).isEmpty();
        assertThat(status(condor)).isEqualTo("FAILED");
        assertThat(events(condor)).containsSubsequence("strategy.start", "strategy.unwinding", "strategy.unwound");
    }

    @Test
    void test_execute_legNeverFills_chasesThenCancelsAndUnwinds() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);

        ExecutionOutcome o = service(faulty(FaultPlan.leg("2E", LegFault.NO_FILL)))
                .execute(List.of(condor))
                .outcomes()
                .get(0);

        assertThat(o.result()).isEqualTo(Result.FAILED);
        OrderRecord missed = o.orders().stream()
                .filter(r -> FaultInjectingBroker.key(r.correlationId()).equals("2E"))
                .findFirst()
                .orElseThrow();
        assertThat(missed.chaseStep()).isEqualTo(PriceChase.ENTRY.steps());
        assertThat(missed.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(missed.limit()).isEqualTo(PriceChase.ENTRY.farthest(Side.SELL, missed.firstLimit()));
        assertThat(netPositions()).isEmpty();
    }

    @Test
    void test_execute_legFillsLate_theChaseGetsItFilled() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);

        ExecutionOutcome o = service(faulty(FaultPlan.leg("0E", LegFault.FILL_LATE)))
                .execute(List.of(condor))
                .outcomes()
                .get(0);

        assertThat(o.result()).isEqualTo(Result.EXECUTED);
        assertThat(o.orders().get(0).chaseStep()).isEqualTo(2);
        assertThat(o.orders().get(0).limit()).isEqualTo(Money.ofPaise(4_110));
        assertThat(o.orders().get(0).averagePrice()).contains(Money.ofPaise(4_100));
    }

    @Test
    void test_execute_partFilledLeg_unwindsThePartToo() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 3);

        ExecutionOutcome o = service(faulty(FaultPlan.leg("3E", LegFault.PARTIAL)))
                .execute(List.of(condor))
                .outcomes()
                .get(0);

        assertThat(o.result()).isEqualTo(Result.FAILED);
        assertThat(o.reason()).contains("leg 3", "filled 150 of 225 units");
        assertThat(netPositions()).isEmpty();
    }

    @Test
    void test_execute_placeTimesOutAfterTheBrokerTookIt_reconciledNotPlacedTwice() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);
        Map<CorrelationId, Integer> placements = new HashMap<>();

        ExecutionOutcome o = service(faulty(FaultPlan.leg("1E", LegFault.TIMEOUT_AFTER), placements))
                .execute(List.of(condor))
                .outcomes()
                .get(0);

        assertThat(o.result()).isEqualTo(Result.EXECUTED);
        assertThat(placements.values()).containsOnly(1);
        assertThat(events(condor)).contains("order.unknown", "order.reconciled");
    }

    @Test
    void test_execute_crashAfterThePlaceReachedTheBroker_restartResumesWithoutDuplicates() {
        MarkedStrategy condor = store(ExecutionFixtures.ironCondor(), 1);
        Map<CorrelationId, Integer> placements = new HashMap<>();
        // calls: funds, margin (checks), then place 0E is call 3
        FaultPlan crash = FaultPlan.NONE.withCrash(3, true);

        assertThatThrownBy(() -> service(faulty(crash, placements)).execute(List.of(condor)))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(store().execution(condor.strategyId()).orElseThrow().state()).isEqualTo(ExecutionState.ENTERING);

        PaperBroker restarted = ExecutionFixtures.paper(database.jdbi(), market, clock, account);
        ExecutionReport report =
                service(faulty(FaultPlan.NONE, placements, restarted)).execute(List.of());

        assertThat(report.resumed()).hasSize(1);
        assertThat(report.resumed().get(0).result()).isEqualTo(Result.EXECUTED);
        assertThat(placements).hasSize(4);
        assertThat(placements.values()).containsOnly(1);
        assertThat(restarted.orders()).hasSize(4);
    }

    @Test
    void test_resumeWhileUnwinding_adoptsWhatTheBrokerHasAndNeverPlacesAnUnsentEntry() {
        List<StrategyLeg> legs = ExecutionFixtures.ironCondor();
        MarkedStrategy condor = store(legs, 1);
        io.optionsv4.store.JdbiExecutionStore books = store();
        StrategyExecution entering = books.start(condor, "paper", clock.instant(), List.of());
        OrderRecord placed = entry(books, condor, legs.get(0), Side.BUY, 4_100);
        OrderRecord unsent = entry(books, condor, legs.get(3), Side.BUY, 3_600);
        books.insert(placed, "paper", List.of());
        books.insert(unsent, "paper", List.of());
        paper.place(placed.request());
        books.transition(
                entering, entering.moveTo(ExecutionState.UNWINDING, "crashed test", clock.instant()), List.of());

        ExecutionReport report = service(paper).execute(List.of());

        ExecutionOutcome o = report.resumed().get(0);
        assertThat(o.result()).as(o.reason()).isEqualTo(Result.FAILED);
        assertThat(o.orders())
                .filteredOn(r -> r.correlationId().equals(unsent.correlationId()))
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(OrderState.CANCELLED));
        assertThat(paper.orderByCorrelationId(unsent.correlationId())).isEmpty();
        assertThat(netPositions()).isEmpty();
        assertThat(events(condor)).contains("strategy.resume", "order.reconciled", "order.closed", "strategy.unwound");
    }

    private static OrderRecord entry(
            io.optionsv4.store.JdbiExecutionStore books, MarkedStrategy s, StrategyLeg leg, Side side, long limit) {
        return OrderRecord.sent(
                s.strategyId(),
                leg.legIndex(),
                CorrelationId.Purpose.ENTRY,
                1,
                io.optionsv4.core.trade.OrderRequest.limit(
                        CorrelationId.of(
                                books.namespace(), s.strategyId(), leg.legIndex(), CorrelationId.Purpose.ENTRY, 1),
                        ExecutionFixtures.contract(leg),
                        side,
                        ExecutionFixtures.LOT,
                        ExecutionFixtures.LOT,
                        Money.ofPaise(limit)));
    }

    private FaultInjectingBroker faulty(FaultPlan plan) {
        return faulty(plan, new HashMap<>());
    }

    private FaultInjectingBroker faulty(FaultPlan plan, Map<CorrelationId, Integer> placements) {
        return faulty(plan, placements, paper);
    }

    private FaultInjectingBroker faulty(FaultPlan plan, Map<CorrelationId, Integer> placements, Broker broker) {
        HarnessMarket moves = new HarnessMarket(market);
        moves.fresh(ExecutionFixtures.ironCondor());
        return new FaultInjectingBroker(broker, plan, moves, new Random(7), clock, placements);
    }

    private static List<String> events(MarkedStrategy s) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT a.event FROM audit_log a WHERE a.entity_id = :id"
                                + " OR a.entity_id LIKE :orders ORDER BY a.id")
                        .bind("id", Long.toString(s.strategyId()))
                        .bind("orders", "%-" + s.strategyId() + "-%")
                        .mapTo(String.class)
                        .list());
    }

    private ExecutionService service(Broker broker) {
        return ExecutionFixtures.service(database.jdbi(), broker, market, clock, Optional.of(ExecutionLog.file(home)));
    }

    private MarkedStrategy store(List<StrategyLeg> legs, int lots) {
        return ExecutionFixtures.store(database.jdbi(), "Iron Condor", legs, lots, 15_000);
    }

    private static io.optionsv4.store.JdbiExecutionStore store() {
        return new io.optionsv4.store.JdbiExecutionStore(database.jdbi());
    }

    private static Verdict verdict(StrategyPreview p, String name) {
        return p.checks().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .verdict();
    }

    private Map<String, Integer> netPositions() {
        return paper.positions().stream()
                .filter(p -> !p.flat())
                .collect(java.util.stream.Collectors.toMap(p -> p.instrument().displayName(), Position::netQuantity));
    }

    private static String status(MarkedStrategy s) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM strategy_execution_status WHERE strategy_id = :id")
                        .bind("id", s.strategyId())
                        .mapTo(String.class)
                        .one());
    }

    private static int count(String from) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }
}
