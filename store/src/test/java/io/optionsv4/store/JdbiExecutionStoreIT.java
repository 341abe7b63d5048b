package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiExecutionStoreIT {

    private static final Instant AT = Instant.parse("2020-01-01T05:00:00Z");
    private static final int LOT = 250;

    private Database database;
    private JdbiExecutionStore store;
    private long condor;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiExecutionStore(database.jdbi());
        new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
        condor = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT id FROM strategies WHERE strategy_name = 'Iron Condor'")
                        .mapTo(Long.class)
                        .one());
        database.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO strategy_execution_status (strategy_id, status, lots) VALUES (?, 'ALLOCATED', 3)",
                        condor));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_namespace_isStableAndFitsACorrelationId() {
        String namespace = store.namespace();

        assertThat(namespace).matches("[A-Za-z0-9]{1,6}");
        assertThat(new JdbiExecutionStore(database.jdbi()).namespace()).isEqualTo(namespace);
        assertThat(CorrelationId.of(namespace, Long.MAX_VALUE / 1000, 3, Purpose.UNWIND, 99)
                        .value())
                .hasSizeLessThanOrEqualTo(CorrelationId.MAX_LENGTH);
    }

    @Test
    void test_marked_allocatedStrategyWithItsLotsAndLegs() {
        List<MarkedStrategy> marked = store.marked();

        assertThat(marked).hasSize(1);
        MarkedStrategy m = marked.get(0);
        assertThat(m.strategyId()).isEqualTo(condor);
        assertThat(m.lots()).isEqualTo(3);
        assertThat(m.status()).isEqualTo("ALLOCATED");
        assertThat(m.legs()).extracting(StrategyLeg::side).containsExactly(Side.BUY, Side.SELL, Side.SELL, Side.BUY);
        assertThat(m.legs().get(0).strike()).isEqualTo(Money.ofWholeRupees(1400));
    }

    @Test
    void test_start_thenTransitions_setStatusAndRefuseAStaleState() {
        MarkedStrategy m = store.marked().get(0);
        StrategyExecution entering = store.start(m, "paper", AT, audit("strategy.start"));

        assertThat(entering.attempt()).isEqualTo(1);
        assertThat(status()).isEqualTo("EXECUTING");
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

        assertThat(status()).isEqualTo("FAILED");
        assertThat(store.unfinished()).isEmpty();
        assertThat(store.start(m, "paper", AT, audit("strategy.start")).attempt())
                .isEqualTo(2);
        assertThat(store.unfinished()).extracting(StrategyExecution::strategyId).containsExactly(condor);
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
    void test_book_entryThenUnwind_closesTheTradeAndLedgerAndPositionsFollow() {
        OrderRecord entry = filled(order(1, Purpose.ENTRY, Side.SELL, 1), 820);
        store.insert(entry, "paper", audit("order.sent"));
        store.book(new FillBooking(entry, Money.ofPaise(5_123), SampleAnalyses.DAY, AT), audit("order.booked"));
        store.book(new FillBooking(entry, Money.ofPaise(5_123), SampleAnalyses.DAY, AT), audit("order.booked"));

        assertThat(positionLots()).isEqualTo(-1);
        OrderRecord unwind = filled(order(1, Purpose.UNWIND, Side.BUY, 1), 900);
        store.insert(unwind, "paper", audit("order.sent"));
        store.book(new FillBooking(unwind, Money.ofPaise(4_000), SampleAnalyses.DAY, AT), audit("order.booked"));

        Map<String, Object> trade = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM trades WHERE strategy_id = :id")
                        .bind("id", condor)
                        .mapToMap()
                        .one());
        assertThat(trade.get("status")).isEqualTo("CLOSED");
        assertThat(trade.get("entry_price_paise")).isEqualTo(820L);
        assertThat(trade.get("exit_price_paise")).isEqualTo(900L);
        assertThat(trade.get("realized_pnl_paise")).isEqualTo(-80L * LOT);
        assertThat(trade.get("charges_paise")).isEqualTo(9_123L);
        long ledger = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT sum(amount_paise) FROM fund_ledger WHERE strategy_id = :id")
                        .bind("id", condor)
                        .mapTo(Long.class)
                        .one());
        assertThat(ledger).isEqualTo(820L * LOT - 900L * LOT - 9_123L);
        assertThat(positionLots()).isZero();
        assertThat(store.orders(condor)).allMatch(OrderRecord::booked);
        assertThat(store.bookedOn(SampleAnalyses.DAY))
                .extracting(t -> t.premiumTurnover().paise())
                .containsExactly(900L * LOT, 820L * LOT);
    }

    @Test
    void test_lock_isExclusiveUntilClosed() {
        Optional<ExecutionStore.RunLock> first = store.lock();
        assertThat(first).isPresent();
        assertThat(new JdbiExecutionStore(database.jdbi()).lock()).isEmpty();

        first.get().close();

        Optional<ExecutionStore.RunLock> again = store.lock();
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void test_audit_detailsStoredAsJsonAndTheLogRefusesDeletes() {
        store.audit(
                List.of(new AuditEntry("execute", "check.failed", "strategy", "7", Map.of("check", "market hours"))));

        String details = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT details->>'check' FROM audit_log WHERE event = 'check.failed'")
                        .mapTo(String.class)
                        .one());
        assertThat(details).isEqualTo("market hours");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    private OrderRecord order(int leg, Purpose purpose, Side side, int sequence) {
        MarkedStrategy m = store.marked().get(0);
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

    private String status() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM strategy_execution_status WHERE strategy_id = :id")
                        .bind("id", condor)
                        .mapTo(String.class)
                        .one());
    }

    private int positionLots() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT coalesce(sum(net_lots), 0) FROM positions")
                        .mapTo(Integer.class)
                        .one());
    }

    private static List<AuditEntry> audit(String event) {
        return List.of(new AuditEntry("test", event, "strategy", "1", Map.of()));
    }
}
