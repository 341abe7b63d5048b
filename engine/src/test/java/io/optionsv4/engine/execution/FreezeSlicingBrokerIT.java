package io.optionsv4.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.engine.execution.ExecutionOutcome.Result;
import io.optionsv4.engine.paper.FreezeQuantities;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.testdata.ExecutionFixtures;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiExecutionStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders above the freeze quantity sliced on the paper broker, alone and through the execution service. */
class FreezeSlicingBrokerIT {

    /** A freeze quantity of 600 units (8 lots of 75) for NIFTY, none for anything else. */
    private static final FreezeQuantities NIFTY_600 =
            (symbol, day) -> symbol.equals("NIFTY") ? OptionalInt.of(600) : OptionalInt.empty();

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
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
        paper = ExecutionFixtures.paper(database.jdbi(), market, clock, "slice-" + ACCOUNTS.incrementAndGet());
    }

    @Test
    void test_place_aboveTheFreeze_slicesIntoLegalChildrenShownAsOneOrder() {
        FreezeSlicingBroker slicer = new FreezeSlicingBroker(paper, NIFTY_600, clock);
        OrderRequest request = buy("v1aaaa-7-0E1", 1_500);

        Order order = slicer.place(request);

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledQuantity()).isEqualTo(1_500);
        assertThat(order.correlationId()).isEqualTo(request.correlationId());
        assertThat(paper.orders())
                .extracting(o -> o.correlationId().value() + "=" + o.request().quantity())
                .containsExactlyInAnyOrder(
                        "v1aaaa-7-0E1-s1q1500=600", "v1aaaa-7-0E1-s2q1500=600", "v1aaaa-7-0E1-s3q1500=300");
        long value =
                paper.orders().stream().mapToLong(o -> o.filledValue().paise()).sum();
        assertThat(order.filledValue().paise()).isEqualTo(value);

        FreezeSlicingBroker restarted = new FreezeSlicingBroker(paper, NIFTY_600, clock);
        assertThat(restarted.orderByCorrelationId(request.correlationId()))
                .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(OrderStatus.FILLED))
                .hasValueSatisfying(o -> assertThat(o.orderId()).isEqualTo(order.orderId()));
        assertThat(restarted.order(order.orderId()))
                .contains(
                        restarted.orderByCorrelationId(request.correlationId()).orElseThrow());
        restarted.place(request);
        assertThat(paper.orders()).hasSize(3);
    }

    @Test
    void test_place_withinTheFreeze_goesThroughUnchanged_unknownLimitIsRefused() {
        FreezeSlicingBroker slicer = new FreezeSlicingBroker(paper, NIFTY_600, clock);

        Order small = slicer.place(buy("v1aaaa-8-0E1", 600));

        assertThat(small.orderId()).doesNotStartWith("SLICED:");
        assertThat(paper.orders()).extracting(o -> o.correlationId().value()).containsExactly("v1aaaa-8-0E1");
        FreezeSlicingBroker unknown = new FreezeSlicingBroker(paper, FreezeQuantities.NONE, clock);
        assertThatThrownBy(() -> unknown.place(buy("v1aaaa-9-0E1", 75)))
                .isInstanceOf(BrokerException.class)
                .hasMessageContaining("no freeze quantity of NIFTY is known for 2026-01-06")
                .hasMessageContaining("never guessed");
        assertThat(paper.orders()).hasSize(1);
    }

    @Test
    void test_execute_twentyLotsAboveTheFreeze_everyLegSlicedFilledOnce_reRunSendsNothing() {
        MarkedStrategy condor =
                ExecutionFixtures.store(database.jdbi(), "Iron Condor", ExecutionFixtures.ironCondor(), 20, 15_000);
        FreezeSlicingBroker slicer = new FreezeSlicingBroker(paper, NIFTY_600, clock);

        ExecutionReport report = service(slicer).execute(List.of(condor));

        ExecutionOutcome o = report.outcomes().get(0);
        assertThat(o.result()).as(o.reason()).isEqualTo(Result.EXECUTED);
        assertThat(paper.orders()).hasSize(12).allMatch(x -> x.request().quantity() <= 600);
        assertThat(paper.orders()).allMatch(x -> x.status() == OrderStatus.FILLED);
        assertThat(count("trades WHERE strategy_id = " + condor.strategyId() + " AND quantity = 1500"))
                .isEqualTo(4);

        ExecutionReport again = service(new FreezeSlicingBroker(paper, NIFTY_600, clock))
                .execute(List.of(new JdbiExecutionStore(database.jdbi())
                        .strategy(condor.strategyId())
                        .orElseThrow()));

        assertThat(again.outcomes().get(0).result()).isEqualTo(Result.ALREADY_EXECUTED);
        assertThat(paper.orders()).hasSize(12);
    }

    private OrderRequest buy(String tag, int quantity) {
        return OrderRequest.limit(
                new CorrelationId(tag),
                ExecutionFixtures.contract(ExecutionFixtures.ironCondor().get(0)),
                Side.BUY,
                quantity,
                ExecutionFixtures.LOT,
                Money.ofPaise(4_200));
    }

    private ExecutionService service(FreezeSlicingBroker broker) {
        return ExecutionFixtures.service(database.jdbi(), broker, market, clock, Optional.of(ExecutionLog.file(home)));
    }

    private static int count(String from) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }
}
