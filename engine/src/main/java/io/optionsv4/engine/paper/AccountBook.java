package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Instrument;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper account in memory: its orders, fills, settlements and ledger as stored, plus the changes one broker step
 * made to a working copy and has not stored yet. Not thread-safe: the broker works on a {@link #copy()} under its
 * lock and keeps the copy once the store has taken its {@link #changes()}.
 */
final class AccountBook {

    private final String account;
    private final long version;
    private final LinkedHashMap<String, PaperOrder> orders;
    private final Map<CorrelationId, String> byCorrelation;
    private final List<BookedFill> fills;
    private final List<Settlement> settlements;
    private final List<LedgerEntry> ledger;
    private final LinkedHashMap<String, PaperOrder> changedOrders = new LinkedHashMap<>();
    private final List<BookedFill> newFills = new ArrayList<>();
    private final List<Settlement> newSettlements = new ArrayList<>();
    private final List<LedgerEntry> newLedger = new ArrayList<>();

    private AccountBook(
            String account,
            long version,
            LinkedHashMap<String, PaperOrder> orders,
            List<BookedFill> fills,
            List<Settlement> settlements,
            List<LedgerEntry> ledger) {
        this.account = account;
        this.version = version;
        this.orders = orders;
        this.byCorrelation = new HashMap<>();
        orders.values().forEach(o -> byCorrelation.put(o.order().correlationId(), o.orderId()));
        this.fills = fills;
        this.settlements = settlements;
        this.ledger = ledger;
    }

    /** Returns the account as stored. */
    static AccountBook of(PaperBook book) {
        Checks.notNull(book, "book");
        LinkedHashMap<String, PaperOrder> orders = new LinkedHashMap<>();
        book.orders().forEach(o -> orders.put(o.orderId(), o));
        return new AccountBook(
                book.account(),
                book.version(),
                orders,
                new ArrayList<>(book.fills()),
                new ArrayList<>(book.settlements()),
                new ArrayList<>(book.ledger()));
    }

    /** Returns a working copy with no pending changes. */
    AccountBook copy() {
        return new AccountBook(
                account,
                version,
                new LinkedHashMap<>(orders),
                new ArrayList<>(fills),
                new ArrayList<>(settlements),
                new ArrayList<>(ledger));
    }

    /** Returns this book, as stored at the next version, once its changes were stored. */
    AccountBook committed() {
        return new AccountBook(account, version + 1, orders, fills, settlements, ledger);
    }

    /** Returns the account's name. */
    String account() {
        return account;
    }

    /** Returns the version the book was read at. */
    long version() {
        return version;
    }

    /** Returns the changes made since the copy. */
    PaperChanges changes() {
        return new PaperChanges(List.copyOf(changedOrders.values()), newFills, newSettlements, newLedger);
    }

    /** Returns every order, in placement order. */
    List<PaperOrder> orders() {
        return List.copyOf(orders.values());
    }

    /** Returns the order with {@code orderId}. */
    Optional<PaperOrder> order(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** Returns the order tagged {@code correlationId}. */
    Optional<PaperOrder> orderByCorrelationId(CorrelationId correlationId) {
        return Optional.ofNullable(byCorrelation.get(correlationId)).map(orders::get);
    }

    /** Returns the open orders, in placement order. */
    List<PaperOrder> openOrders() {
        return orders.values().stream().filter(o -> o.order().status().open()).toList();
    }

    /** Returns every fill, in trade order. */
    List<BookedFill> fills() {
        return List.copyOf(fills);
    }

    /** Returns every settlement. */
    List<Settlement> settlements() {
        return List.copyOf(settlements);
    }

    /** Returns the id the next order gets. */
    String nextOrderId() {
        return String.format("P%06d", orders.size() + 1);
    }

    /** Returns the id the next fill gets. */
    String nextTradeId() {
        return String.format("T%06d", fills.size() + 1);
    }

    /** Adds or replaces an order. */
    void put(PaperOrder order) {
        orders.put(order.orderId(), order);
        byCorrelation.put(order.order().correlationId(), order.orderId());
        changedOrders.put(order.orderId(), order);
    }

    /** Books a fill: the fill with its charges, the premium and the charges in the ledger. */
    void book(Fill fill, Charges charges) {
        BookedFill booked = new BookedFill(fill, charges);
        fills.add(booked);
        newFills.add(booked);
        Money premium = fill.side() == Side.BUY ? fill.value().negate() : fill.value();
        String what =
                fill.side() + " " + fill.quantity() + " " + fill.instrument().displayName() + " @ " + fill.price();
        ledger(new LedgerEntry(LedgerEntry.Kind.PREMIUM, premium, fill.time(), fill.tradeId(), what));
        if (!charges.total().isZero()) {
            ledger(new LedgerEntry(
                    LedgerEntry.Kind.CHARGES, charges.total().negate(), fill.time(), fill.tradeId(), "charges"));
        }
    }

    /** Books an expiry settlement with its cash and charges in the ledger. */
    void book(Settlement settlement) {
        settlements.add(settlement);
        newSettlements.add(settlement);
        String name = settlement.instrument().displayName();
        String what = "expiry of " + settlement.quantity() + " " + name + " at " + settlement.intrinsicValue()
                + " (underlying " + settlement.underlyingPrice() + ")";
        if (!settlement.cash().isZero()) {
            ledger(new LedgerEntry(LedgerEntry.Kind.SETTLEMENT, settlement.cash(), settlement.settledAt(), name, what));
        }
        if (!settlement.charges().total().isZero()) {
            ledger(new LedgerEntry(
                    LedgerEntry.Kind.CHARGES,
                    settlement.charges().total().negate(),
                    settlement.settledAt(),
                    name,
                    "exercise charges"));
        }
    }

    private void ledger(LedgerEntry entry) {
        ledger.add(entry);
        newLedger.add(entry);
    }

    /** Returns the cash: the sum of the ledger. */
    Money cash() {
        Money sum = Money.ZERO;
        for (LedgerEntry e : ledger) {
            sum = sum.plus(e.amount());
        }
        return sum;
    }

    /** Returns the cash booked before {@code moment}. */
    Money cashBefore(Instant moment) {
        Money sum = Money.ZERO;
        for (LedgerEntry e : ledger) {
            if (e.bookedAt().isBefore(moment)) {
                sum = sum.plus(e.amount());
            }
        }
        return sum;
    }

    /**
     * Returns what was bought and sold of every instrument, by fills and expiry settlements (a settled long position
     * counts as sold at its intrinsic value, a settled short one as bought), in order of first trade.
     */
    Map<Instrument, Traded> traded() {
        Map<Instrument, Traded> traded = new LinkedHashMap<>();
        for (BookedFill b : fills) {
            Fill f = b.fill();
            traded.merge(f.instrument(), Traded.of(f.side(), f.quantity(), f.value()), Traded::plus);
        }
        for (Settlement s : settlements) {
            Side side = s.quantity() > 0 ? Side.SELL : Side.BUY;
            int units = Math.abs(s.quantity());
            traded.merge(
                    s.instrument(), Traded.of(side, units, s.intrinsicValue().times(units)), Traded::plus);
        }
        return traded;
    }

    /**
     * Units and values bought and sold of one instrument.
     *
     * @param buyQuantity units bought
     * @param buyValue value bought
     * @param sellQuantity units sold
     * @param sellValue value sold
     */
    record Traded(int buyQuantity, Money buyValue, int sellQuantity, Money sellValue) {

        static Traded of(Side side, int quantity, Money value) {
            return side == Side.BUY
                    ? new Traded(quantity, value, 0, Money.ZERO)
                    : new Traded(0, Money.ZERO, quantity, value);
        }

        Traded plus(Traded other) {
            return new Traded(
                    buyQuantity + other.buyQuantity,
                    buyValue.plus(other.buyValue),
                    sellQuantity + other.sellQuantity,
                    sellValue.plus(other.sellValue));
        }

        /** Returns the signed net units: positive long, negative short. */
        int net() {
            return buyQuantity - sellQuantity;
        }
    }
}
