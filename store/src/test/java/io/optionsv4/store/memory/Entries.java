package io.optionsv4.store.memory;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Enters and closes stored strategies through the in-memory execution store, as the execution service would. */
final class Entries {

    static final int LOT = 250;

    private final MemoryExecutionStore store;

    Entries(MemoryBooks books) {
        this.store = new MemoryExecutionStore(books);
    }

    /** Enters every leg of {@code strategyId} at {@code at}, each filled at {@code pricePaise}, charges 10 paise. */
    void enter(long strategyId, Instant at, long pricePaise) {
        MarkedStrategy m = store.strategy(strategyId).orElseThrow();
        StrategyExecution entering = store.start(m, "paper", at, List.of());
        for (StrategyLeg leg : m.legs()) {
            book(m, leg, Purpose.ENTRY, leg.side(), at, pricePaise);
        }
        store.transition(entering, entering.moveTo(ExecutionState.ENTERED, "", at), List.of());
    }

    /** Closes leg {@code legIndex} of {@code strategyId} at {@code at}. */
    void exit(long strategyId, int legIndex, Instant at, long pricePaise) {
        MarkedStrategy m = store.strategy(strategyId).orElseThrow();
        StrategyLeg leg = m.leg(legIndex);
        book(m, leg, Purpose.EXIT, leg.side().opposite(), at, pricePaise);
    }

    private void book(
            MarkedStrategy m,
            StrategyLeg leg,
            Purpose purpose,
            io.optionsv4.core.instrument.Side side,
            Instant at,
            long pricePaise) {
        OrderRecord sent = OrderRecord.sent(
                m.strategyId(),
                leg.legIndex(),
                purpose,
                1,
                OrderRequest.limit(
                        CorrelationId.of(store.namespace(), m.strategyId(), leg.legIndex(), purpose, 1),
                        leg.instrument(m.symbol()),
                        side,
                        LOT,
                        LOT,
                        Money.ofPaise(pricePaise)));
        OrderRecord filled = new OrderRecord(
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
        store.insert(filled, "paper", audit());
        LocalDate day = at.atZone(ZoneId.of("Asia/Kolkata")).toLocalDate();
        store.book(new FillBooking(filled, Money.ofPaise(10), day, at), audit());
    }

    private static List<AuditEntry> audit() {
        return List.of(new AuditEntry("test", "order", "strategy", "1", Map.of()));
    }
}
