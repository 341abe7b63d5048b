package io.optionsv4.store.memory;

import io.optionsv4.core.exit.HeldLeg;
import io.optionsv4.core.exit.HeldPositionStore;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.store.memory.MemoryBooks.StrategyRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monitor's view of the books in memory, as {@code JdbiHeldPositionStore} reads it: the strategies whose execution
 * is ENTERED and that still have an open trade, oldest execution first, each with every executed leg (the trades of a
 * leg summed), the analysis' lots and implied volatility of the leg, its exit levels, the charges booked and the rules
 * already acted on. The books index the held strategies, so {@link #open()} costs the strategies it returns.
 * Thread-safe: each call holds the books' monitor.
 */
public final class MemoryHeldPositionStore implements HeldPositionStore {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryHeldPositionStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public List<HeldStrategy> open() {
        synchronized (books) {
            List<Long> ids = books.heldIds();
            List<HeldStrategy> held = new ArrayList<>(ids.size());
            for (long id : ids) {
                read(id).ifPresent(held::add);
            }
            return held;
        }
    }

    @Override
    public Optional<HeldStrategy> open(long strategyId) {
        synchronized (books) {
            return books.isHeld(strategyId) ? read(strategyId) : Optional.empty();
        }
    }

    private Optional<HeldStrategy> read(long id) {
        Optional<StrategyRow> row = books.strategy(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        StrategyRow s = row.get();
        List<RecommendedLeg> details = s.children().legs();
        List<TradeRow> trades = new ArrayList<>(books.trades(id));
        trades.sort(Comparator.comparingInt(TradeRow::legIndex)); // stable: id order within a leg
        Map<Integer, HeldLeg> legs = new LinkedHashMap<>();
        long charges = 0;
        LocalDate entry = null;
        for (TradeRow t : trades) {
            if (t.legIndex() >= details.size()) {
                continue; // no strategy_details row to join
            }
            charges += t.chargesPaise();
            LocalDate entered = t.enteredAt().atZone(IST).toLocalDate();
            if (entry == null || entered.isBefore(entry)) {
                entry = entered;
            }
            RecommendedLeg d = details.get(t.legIndex());
            HeldLeg leg = new HeldLeg(
                    t.legIndex(),
                    t.side(),
                    t.contract().right(),
                    t.contract().strike().rupees(),
                    t.contract().expiry(),
                    t.lots(),
                    d.lots(),
                    t.quantity(),
                    t.exitQuantity(),
                    Money.ofPaise(t.entryValuePaise()),
                    Money.ofPaise(t.exitValuePaise()),
                    d.impliedVolatility());
            legs.merge(t.legIndex(), leg, HeldLeg::plus);
        }
        if (legs.isEmpty()) {
            return Optional.empty();
        }
        Set<String> acted = new HashSet<>();
        for (long intent : books.intentsByStrategy.getOrDefault(id, List.of())) {
            ExitIntent i = books.intents.get(intent);
            if (i.state() == ExitIntent.State.DONE) {
                acted.add(i.rule());
            }
        }
        return Optional.of(new HeldStrategy(
                id,
                s.symbol(),
                s.children().strategyName(),
                entry,
                s.spot(),
                List.copyOf(legs.values()),
                Money.ofPaise(charges),
                s.children().exitLevels(),
                acted));
    }
}
