package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.allocation.StoredAllocationItem;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory execution store over books shared with the analysis, allocation, portfolio and exit intent stores: the
 * cases {@code JdbiExecutionStoreIT} runs on PostgreSQL, plus the atomicity of a write batch and the open count.
 */
class MemoryExecutionStoreTest {

    private static final Instant AT = Instant.parse("2020-01-01T05:00:00Z");
    private static final int LOT = 250;

    private MemoryBooks books;
    private MemoryExecutionStore store;
    private long condor;

    @BeforeEach
    void open() {
        books = new MemoryBooks();
        store = new MemoryExecutionStore(books);
        List<StrategyId> ids = new MemoryAnalysisStore(books)
                .store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY))
                .strategyIds();
        condor = ids.get(1).value();
        new MemoryAllocationStore(books)
                .save(new StoredAllocation(
                        SampleAnalyses.DAY,
                        RiskTolerance.MODERATE,
                        100_000_000L,
                        5_000_000L,
                        120_000L,
                        List.of(new StoredAllocationItem(ids.get(1), 1, 3, 5_000_000L, 777_700L, 120_000L, 0.1, 1))));
    }

    @Test
    void test_namespace_isStableAndSharedByTheBooks() {
        assertThat(store.namespace()).matches("[A-Za-z0-9]{1,6}");
        assertThat(new MemoryExecutionStore(books).namespace()).isEqualTo(store.namespace());
    }

    @Test
    void test_marked_allocatedStrategyWithItsLotsLegsAndLosses() {
        List<MarkedStrategy> marked = store.marked();

        assertThat(marked).hasSize(1);
        MarkedStrategy m = marked.get(0);
        assertThat(m.strategyId()).isEqualTo(condor);
        assertThat(m.lots()).isEqualTo(3);
        assertThat(m.status()).isEqualTo("ALLOCATED");
        assertThat(m.legs()).extracting(StrategyLeg::side).containsExactly(Side.BUY, Side.SELL, Side.SELL, Side.BUY);
        assertThat(m.legs().get(0).strike()).isEqualTo(Money.ofWholeRupees(1400));
        assertThat(m.maxLoss()).contains(Money.ofPaise(-3_210_001L * 3));
        assertThat(m.stopLoss()).contains(Money.ofPaise(777_700L));
        assertThat(store.strategy(1)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo("UNMARKED");
            assertThat(s.lots()).isEqualTo(1);
            assertThat(s.stopLoss()).isEmpty();
        });
        assertThat(store.strategy(99)).isEmpty();
    }

    @Test
    void test_start_thenTransitions_setStatusAndRefuseAStaleState() {
        MarkedStrategy m = store.marked().get(0);
        StrategyExecution entering = store.start(m, "paper", AT, audit("strategy.start"));

        assertThat(entering.attempt()).isEqualTo(1);
        assertThat(store.marked()).isEmpty();
        assertThat(store.strategy(condor).orElseThrow().status()).isEqualTo("EXECUTING");
        assertThat(store.openStrategies()).isEqualTo(1);
        assertThatThrownBy(() -> store.start(m, "paper", AT, audit("strategy.start")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already ENTERING");

        StrategyExecution unwinding = entering.moveTo(ExecutionState.UNWINDING, "leg 2 rejected", AT);
        store.transition(entering, unwinding, audit("strategy.transition"));
        assertThatThrownBy(() -> store.transition(entering, unwinding, audit("strategy.transition")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer ENTERING");
        StrategyExecution failed = unwinding.moveTo(ExecutionState.FAILED, "leg 2 rejected", AT);
        store.transition(unwinding, failed, audit("strategy.transition"));

        assertThat(store.strategy(condor).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(store.unfinished()).isEmpty();
        assertThat(store.openStrategies()).isZero();
        assertThat(store.start(m, "paper", AT, audit("strategy.start")).attempt())
                .isEqualTo(2);
        assertThat(store.unfinished()).extracting(StrategyExecution::strategyId).containsExactly(condor);
        assertThat(store.execution(condor))
                .hasValueSatisfying(e -> assertThat(e.attempt()).isEqualTo(2));
    }

    @Test
    void test_insert_refusesASecondOrderWithTheSameCorrelationId() {
        OrderRecord order = order(0, Purpose.ENTRY, Side.BUY, 1);
        store.insert(order, "paper", audit("order.sent"));

        assertThatThrownBy(() -> store.insert(order, "paper", audit("order.sent")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate");
        assertThat(store.orders(condor)).containsExactly(order);
    }

    @Test
    void test_book_entryThenUnwind_closesTheTradeOnce() {
        OrderRecord entry = filled(order(1, Purpose.ENTRY, Side.SELL, 1), 820);
        store.insert(entry, "paper", audit("order.sent"));
        store.book(new FillBooking(entry, Money.ofPaise(5_123), SampleAnalyses.DAY, AT), audit("order.booked"));
        store.book(new FillBooking(entry, Money.ofPaise(5_123), SampleAnalyses.DAY, AT), audit("order.booked"));

        MemoryPortfolioStore portfolio = new MemoryPortfolioStore(books);
        assertThat(portfolio.trades(condor)).singleElement().satisfies(t -> {
            assertThat(t.exit()).isEmpty();
            assertThat(t.charges()).isEqualTo(Money.ofPaise(5_123));
        });
        OrderRecord unwind = filled(order(1, Purpose.UNWIND, Side.BUY, 1), 900);
        store.insert(unwind, "paper", audit("order.sent"));
        store.book(new FillBooking(unwind, Money.ofPaise(4_000), SampleAnalyses.DAY, AT), audit("order.booked"));

        TradeLeg trade = portfolio.trades(condor).get(0);
        assertThat(trade.tradeId()).isEqualTo(1);
        assertThat(trade.entryPrice()).isEqualTo(Money.ofPaise(820));
        assertThat(trade.exit().orElseThrow().price()).isEqualTo(Money.ofPaise(900));
        assertThat(trade.exit().orElseThrow().at()).isEqualTo(AT);
        assertThat(trade.charges()).isEqualTo(Money.ofPaise(9_123));
        assertThat(trade.quantity()).isEqualTo(LOT);
        assertThat(store.orders(condor)).allMatch(OrderRecord::booked);
        assertThat(store.bookedOn(SampleAnalyses.DAY))
                .extracting(t -> t.side() + " " + t.premiumTurnover().paise())
                .containsExactly("BUY " + 900L * LOT, "SELL " + 820L * LOT);
        assertThat(store.bookedOn(SampleAnalyses.DAY.plusDays(1))).isEmpty();
    }

    @Test
    void test_entered_isHeldUntilEveryLegIsClosed_thenClosedIsNotOpen() {
        StrategyExecution entering = store.start(store.marked().get(0), "paper", AT, audit("strategy.start"));
        OrderRecord entry = filled(order(1, Purpose.ENTRY, Side.SELL, 1), 820);
        store.insert(entry, "paper", audit("order.sent"));
        store.book(new FillBooking(entry, Money.ofPaise(100), SampleAnalyses.DAY, AT), audit("order.booked"));
        MemoryHeldPositionStore held = new MemoryHeldPositionStore(books);
        assertThat(held.open()).as("ENTERING is not held").isEmpty();

        store.transition(entering, entering.moveTo(ExecutionState.ENTERED, "", AT), audit("strategy.transition"));

        assertThat(held.open(condor)).hasValueSatisfying(h -> {
            assertThat(h.legs()).singleElement().satisfies(l -> {
                assertThat(l.legIndex()).isEqualTo(1);
                assertThat(l.constructedLots()).isEqualTo(1);
                assertThat(l.quantity()).isEqualTo(LOT);
            });
            assertThat(h.entryDate()).isEqualTo(SampleAnalyses.DAY);
            assertThat(h.charges()).isEqualTo(Money.ofPaise(100));
        });
        assertThat(store.openStrategies()).isEqualTo(1);
        OrderRecord exit = filled(order(1, Purpose.EXIT, Side.BUY, 1), 500);
        store.insert(exit, "paper", audit("order.sent"));
        store.book(new FillBooking(exit, Money.ofPaise(100), SampleAnalyses.DAY, AT), audit("order.booked"));
        assertThat(held.open()).isEmpty();
        assertThat(store.openStrategies()).as("ENTERED and not CLOSED").isEqualTo(1);

        new MemoryExitIntentStore(books).markClosed(condor, "flat");

        assertThat(store.openStrategies()).isZero();
        assertThat(store.strategy(condor).orElseThrow().lots())
                .as("the lots stay")
                .isEqualTo(3);
    }

    @Test
    void test_write_failingPartWay_storesNothingOfTheBatch() {
        OrderRecord entry = filled(order(0, Purpose.ENTRY, Side.BUY, 1), 100);
        OrderRecord strayUnwind = filled(order(2, Purpose.UNWIND, Side.BUY, 1), 100);
        List<ExecutionWrite> batch = List.of(
                new ExecutionWrite.NewOrder(entry, "paper"),
                new ExecutionWrite.Booking(new FillBooking(entry, Money.ZERO, SampleAnalyses.DAY, AT)),
                new ExecutionWrite.NewOrder(strayUnwind, "paper"),
                new ExecutionWrite.Booking(new FillBooking(strayUnwind, Money.ZERO, SampleAnalyses.DAY, AT)));

        assertThatThrownBy(() -> store.write(batch))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no open trade");

        assertThat(store.orders(condor)).isEmpty();
        assertThat(new MemoryPortfolioStore(books).trades()).isEmpty();
        assertThat(store.bookedOn(SampleAnalyses.DAY)).isEmpty();
        store.write(batch.subList(0, 2));
        assertThat(new MemoryPortfolioStore(books).trades())
                .singleElement()
                .satisfies(t -> assertThat(t.tradeId())
                        .as("ids drawn by the failed batch stay drawn")
                        .isEqualTo(2));
    }

    @Test
    void test_update_ofAnOrderNotStored_isRefused() {
        assertThatThrownBy(() -> store.update(order(0, Purpose.ENTRY, Side.BUY, 1), audit("order.updated")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not stored");
    }

    @Test
    void test_lock_isExclusiveUntilClosed() {
        Optional<ExecutionStore.RunLock> first = store.lock();
        assertThat(first).isPresent();
        assertThat(new MemoryExecutionStore(books).lock()).isEmpty();

        first.get().close();
        first.get().close();

        Optional<ExecutionStore.RunLock> again = store.lock();
        assertThat(again).isPresent();
        assertThat(store.lock()).isEmpty();
        again.get().close();
    }

    private OrderRecord order(int leg, Purpose purpose, Side side, int sequence) {
        MarkedStrategy m = store.strategy(condor).orElseThrow();
        StrategyLeg l = m.leg(leg);
        return OrderRecord.sent(
                condor,
                leg,
                purpose,
                sequence,
                OrderRequest.limit(
                        CorrelationId.of(store.namespace(), condor, leg, purpose, sequence),
                        l.instrument(m.symbol()),
                        side,
                        LOT,
                        LOT,
                        Money.ofPaise(850)));
    }

    private static OrderRecord filled(OrderRecord sent, long pricePaise) {
        return new OrderRecord(
                sent.strategyId(),
                sent.legIndex(),
                sent.purpose(),
                sent.sequence(),
                sent.request(),
                sent.firstLimit(),
                OrderState.FILLED,
                Optional.of("B-" + sent.correlationId().value()),
                LOT,
                Money.ofPaise(pricePaise * LOT),
                0,
                "",
                false);
    }

    private static List<AuditEntry> audit(String event) {
        return List.of(new AuditEntry("test", event, "strategy", "1", Map.of()));
    }
}
