package io.optionsv4.store.memory;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.store.memory.MemoryBooks.Journal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order and trade writes of one {@link MemoryExecutionStore#write}, each step recorded in the write's journal: new
 * orders, order updates, and the booking of a terminal order's fills into its leg's trade (an entry opens it, an unwind
 * or exit closes it, in parts if need be), as {@code JdbiExecutionStore} and {@code FillBooks} write them. Orders are
 * kept as they read back from {@code orders}: the validity DAY, the order type of the insert, the current limit. The
 * caller holds the books' monitor.
 */
final class MemoryFillBooks {

    private final MemoryBooks books;
    private final Journal journal;

    MemoryFillBooks(MemoryBooks books, Journal journal) {
        this.books = books;
        this.journal = journal;
    }

    /** Stores a new order; refuses a correlation id stored already, or a step (leg, purpose, sequence) taken. */
    void insert(OrderRecord order, String broker) {
        OptionInstrument option = option(order);
        long id = ++books.lastOrderId;
        if (books.ordersByCorrelation.containsKey(order.correlationId().value())) {
            throw new IllegalStateException("an order tagged " + order.correlationId()
                    + " is stored already: placing it again would duplicate it");
        }
        if (books.strategy(order.strategyId()).isEmpty()) {
            throw new StoreException(
                    "storing order " + order.correlationId() + ": strategy " + order.strategyId() + " is not stored");
        }
        List<OrderRow> rows = books.ordersByStrategy.computeIfAbsent(order.strategyId(), s -> new ArrayList<>());
        for (OrderRow r : rows) {
            OrderRecord o = r.order();
            if (o.legIndex() == order.legIndex()
                    && o.purpose() == order.purpose()
                    && o.sequence() == order.sequence()) {
                throw new StoreException("storing order " + order.correlationId() + ": leg " + order.legIndex() + " "
                        + order.purpose() + " " + order.sequence() + " of strategy " + order.strategyId()
                        + " is order " + o.correlationId() + " already (orders_step_unique)");
            }
        }
        OrderRecord stored = stored(order, option, order.request().type(), order.booked());
        OrderRow row = new OrderRow(id, stored, broker, null, rows.size());
        rows.add(row);
        books.ordersByCorrelation.put(order.correlationId().value(), row);
        journal.add(() -> {
            rows.remove(rows.size() - 1);
            books.ordersByCorrelation.remove(order.correlationId().value());
        });
    }

    /** Updates a stored order's state, fills, limit, chase step and reason. */
    void update(OrderRecord order) {
        OrderRow row = books.ordersByCorrelation.get(order.correlationId().value());
        if (row == null) {
            throw new IllegalStateException("order " + order.correlationId() + " is not stored");
        }
        OrderRecord old = row.order();
        OrderRecord changed = new OrderRecord(
                old.strategyId(),
                old.legIndex(),
                old.purpose(),
                old.sequence(),
                request(
                        old.request(),
                        (OptionInstrument) old.request().instrument(),
                        old.request().type(),
                        order.request().limitPrice()),
                old.firstLimit(),
                order.state(),
                order.brokerOrderId(),
                order.filledQuantity(),
                order.filledValue(),
                order.chaseStep(),
                order.reason(),
                old.booked());
        replace(row, row.with(changed));
    }

    /** Books the order's fills once; an order booked already is left as it is. */
    void book(FillBooking booking) {
        OrderRow row =
                books.ordersByCorrelation.get(booking.order().correlationId().value());
        OrderRecord o = row.order();
        if (o.booked()) {
            return;
        }
        replace(row, row.bookedOn(booking.tradeDate(), withBooked(o)));
        turnover(booking, o);
        if (o.purpose() == Purpose.ENTRY) {
            open(booking, o);
        } else {
            close(booking, o);
        }
    }

    private void turnover(FillBooking booking, OrderRecord o) {
        long[][] day = books.bookedTurnover.computeIfAbsent(booking.tradeDate(), d -> new long[2][2]);
        long[] side = day[o.request().side().ordinal()];
        long value = o.filledValue().paise();
        side[0] += value;
        side[1]++;
        journal.add(() -> {
            side[0] -= value;
            side[1]--;
        });
    }

    private void open(FillBooking b, OrderRecord o) {
        int lotSize = o.request().lotSize();
        TradeRow trade = new TradeRow(
                ++books.lastTradeId,
                o.strategyId(),
                o.legIndex(),
                (OptionInstrument) o.request().instrument(),
                o.request().side(),
                (o.filledQuantity() + lotSize - 1) / lotSize,
                o.filledQuantity(),
                perUnit(o.filledValue().paise(), o.filledQuantity()),
                o.filledValue().paise(),
                0,
                0,
                b.charges().paise(),
                MemoryBooks.micros(b.at()),
                null,
                null,
                null);
        List<TradeRow> trades = books.tradesByStrategy.computeIfAbsent(o.strategyId(), s -> new ArrayList<>());
        trades.add(trade);
        books.refresh(o.strategyId());
        journal.add(() -> {
            trades.remove(trades.size() - 1);
            if (trades.isEmpty()) {
                books.tradesByStrategy.remove(o.strategyId());
            }
            books.refresh(o.strategyId());
        });
    }

    private void close(FillBooking b, OrderRecord o) {
        List<TradeRow> trades = books.trades(o.strategyId());
        int index = -1;
        for (int i = 0; i < trades.size() && index < 0; i++) {
            if (trades.get(i).legIndex() == o.legIndex() && trades.get(i).open()) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalStateException("order " + o.correlationId() + " closes leg " + o.legIndex()
                    + " of strategy " + o.strategyId() + ", which has no open trade");
        }
        TradeRow t = trades.get(index);
        int closed = t.exitQuantity() + o.filledQuantity();
        long exitValue = t.exitValuePaise() + o.filledValue().paise();
        if (closed > t.quantity()) {
            throw new IllegalStateException("order " + o.correlationId() + " closes " + closed + " of the "
                    + t.quantity() + " units of leg " + o.legIndex() + " of strategy " + o.strategyId());
        }
        boolean done = closed == t.quantity();
        long entryValue = t.entryValuePaise();
        long pnl = t.side() == Side.BUY ? exitValue - entryValue : entryValue - exitValue;
        TradeRow changed = new TradeRow(
                t.id(),
                t.strategyId(),
                t.legIndex(),
                t.contract(),
                t.side(),
                t.lots(),
                t.quantity(),
                t.entryPricePaise(),
                entryValue,
                closed,
                exitValue,
                t.chargesPaise() + b.charges().paise(),
                t.enteredAt(),
                done ? Long.valueOf(perUnit(exitValue, t.quantity())) : null,
                done ? MemoryBooks.micros(b.at()) : null,
                done ? Long.valueOf(pnl) : null);
        int at = index;
        trades.set(at, changed);
        books.refresh(o.strategyId());
        journal.add(() -> {
            trades.set(at, t);
            books.refresh(o.strategyId());
        });
    }

    private void replace(OrderRow old, OrderRow changed) {
        String key = old.order().correlationId().value();
        List<OrderRow> rows = books.ordersByStrategy.get(old.order().strategyId());
        books.ordersByCorrelation.put(key, changed);
        rows.set(old.position(), changed);
        journal.add(() -> {
            books.ordersByCorrelation.put(key, old);
            rows.set(old.position(), old);
        });
    }

    private static OrderRecord withBooked(OrderRecord o) {
        return stored(
                o, (OptionInstrument) o.request().instrument(), o.request().type(), true);
    }

    /** Returns the order as {@code orders} reads it back. */
    private static OrderRecord stored(OrderRecord o, OptionInstrument option, OrderType type, boolean booked) {
        return new OrderRecord(
                o.strategyId(),
                o.legIndex(),
                o.purpose(),
                o.sequence(),
                request(o.request(), option, type, o.request().limitPrice()),
                o.firstLimit(),
                o.state(),
                o.brokerOrderId(),
                o.filledQuantity(),
                o.filledValue(),
                o.chaseStep(),
                o.reason(),
                booked);
    }

    private static OrderRequest request(
            OrderRequest r, OptionInstrument option, OrderType type, Optional<Money> limitPrice) {
        try {
            return new OrderRequest(
                    r.correlationId(),
                    new OptionInstrument(
                            option.symbol(),
                            option.right(),
                            Money.ofRupees(option.strike().rupees(), RoundingMode.HALF_UP),
                            option.expiry()),
                    r.side(),
                    r.quantity(),
                    r.lotSize(),
                    type,
                    limitPrice,
                    Validity.DAY);
        } catch (IllegalArgumentException e) {
            throw new StoreException("storing order " + r.correlationId() + ": " + e.getMessage(), e);
        }
    }

    private static OptionInstrument option(OrderRecord order) {
        if (order.request().instrument() instanceof OptionInstrument o) {
            return o;
        }
        throw new IllegalArgumentException("order " + order.correlationId() + " is not an option order");
    }

    /** Returns {@code value / quantity} rounded half-even to the paisa. */
    static long perUnit(long valuePaise, int quantity) {
        return BigDecimal.valueOf(valuePaise)
                .divide(BigDecimal.valueOf(quantity), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
