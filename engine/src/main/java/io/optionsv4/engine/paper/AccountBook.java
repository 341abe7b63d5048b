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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A paper account in memory: what it booked, kept as the indexes a broker step reads (open orders, the orders and
 * fills of each day, the settlements of each expiry, the running cash and each day's cash movement, what was traded of
 * each instrument and which instruments are held), plus the changes the current step made and has not stored yet.
 *
 * <p>A step changes the book in place and journals how to undo each change: {@link #commit()} adopts the step once the
 * store has taken its {@link #changes()}, {@link #discard()} undoes it. So a step costs the open orders, the
 * instruments held or traded on the days it reads and its own changes, never the account's history; only
 * {@link #of(PaperBook)} reads the whole account. Not thread-safe: the broker uses it under its lock.
 */
final class AccountBook {

    private final String account;
    private long version;
    private final List<PaperOrder> orders = new ArrayList<>();
    private final Map<String, Integer> placement = new HashMap<>();
    private final Map<CorrelationId, String> byCorrelation = new HashMap<>();
    private final TreeMap<Integer, PaperOrder> open = new TreeMap<>();
    private final Map<LocalDate, List<Integer>> placedOn = new HashMap<>();
    private int fillCount;
    private final Map<LocalDate, List<BookedFill>> fillsOn = new HashMap<>();
    private final Map<LocalDate, List<Settlement>> settlementsOf = new HashMap<>();
    private final Map<LocalDate, List<Settlement>> settledOn = new HashMap<>();
    private Money cash = Money.ZERO;
    private final TreeMap<LocalDate, Money> cashOn = new TreeMap<>();
    private final Map<Instrument, Integer> rank = new HashMap<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Traded> traded = new ArrayList<>();
    private final TreeMap<Integer, Instrument> held = new TreeMap<>();
    private final LinkedHashMap<String, PaperOrder> changedOrders = new LinkedHashMap<>();
    private final List<BookedFill> newFills = new ArrayList<>();
    private final List<Settlement> newSettlements = new ArrayList<>();
    private final List<LedgerEntry> newLedger = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    private AccountBook(String account, long version) {
        this.account = account;
        this.version = version;
    }

    /** Returns the account as stored, its indexes built once from the whole book. */
    static AccountBook of(PaperBook book) {
        Checks.notNull(book, "book");
        AccountBook a = new AccountBook(book.account(), book.version());
        book.orders().forEach(a::index);
        book.fills().forEach(a::index);
        book.settlements().forEach(a::index);
        book.ledger().forEach(a::index);
        a.undo.clear();
        return a;
    }

    /** Adopts the step's changes once the store took them: the book is then as stored at the next version. */
    void commit() {
        if (!changes().isEmpty()) {
            version++;
        }
        forget();
    }

    /** Undoes the step's changes (the store refused them, or the step failed): the book is as last committed. */
    void discard() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        forget();
    }

    private void forget() {
        undo.clear();
        changedOrders.clear();
        newFills.clear();
        newSettlements.clear();
        newLedger.clear();
    }

    /** Returns the account's name. */
    String account() {
        return account;
    }

    /** Returns the version the book was read or last committed at. */
    long version() {
        return version;
    }

    /** Returns the changes of the current step. */
    PaperChanges changes() {
        return new PaperChanges(List.copyOf(changedOrders.values()), newFills, newSettlements, newLedger);
    }

    /** Returns the order with {@code orderId}. */
    Optional<PaperOrder> order(String orderId) {
        Integer seq = placement.get(orderId);
        return seq == null ? Optional.empty() : Optional.of(orders.get(seq));
    }

    /** Returns the order tagged {@code correlationId}. */
    Optional<PaperOrder> orderByCorrelationId(CorrelationId correlationId) {
        return Optional.ofNullable(byCorrelation.get(correlationId)).flatMap(this::order);
    }

    /** Returns the open orders, in placement order. */
    List<PaperOrder> openOrders() {
        return List.copyOf(open.values());
    }

    /** Returns the orders placed on {@code day} (its date in India) and every open order, in placement order. */
    List<PaperOrder> placedOnOrOpen(LocalDate day) {
        TreeSet<Integer> seqs = new TreeSet<>(open.keySet());
        seqs.addAll(placedOn.getOrDefault(day, List.of()));
        List<PaperOrder> out = new ArrayList<>(seqs.size());
        seqs.forEach(seq -> out.add(orders.get(seq)));
        return out;
    }

    /** Returns the fills of {@code day} (their date in India), in trade order. */
    List<BookedFill> fillsOn(LocalDate day) {
        return List.copyOf(fillsOn.getOrDefault(day, List.of()));
    }

    /** Returns the settlements of contracts that expired on {@code expiry}, in booking order. */
    List<Settlement> settlementsOf(LocalDate expiry) {
        return List.copyOf(settlementsOf.getOrDefault(expiry, List.of()));
    }

    /** Returns the id the next order gets. */
    String nextOrderId() {
        return String.format("P%06d", orders.size() + 1);
    }

    /** Returns the id the next fill gets. */
    String nextTradeId() {
        return String.format("T%06d", fillCount + 1);
    }

    /** Adds or replaces an order. */
    void put(PaperOrder order) {
        index(order);
        String orderId = order.orderId();
        PaperOrder changedBefore = changedOrders.put(orderId, order);
        undo.add(() -> restore(changedOrders, orderId, changedBefore));
    }

    /** Books a fill: the fill with its charges, the premium and the charges in the ledger. */
    void book(Fill fill, Charges charges) {
        BookedFill booked = new BookedFill(fill, charges);
        index(booked);
        newFills.add(booked);
        undo.add(() -> removeLast(newFills));
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
        index(settlement);
        newSettlements.add(settlement);
        undo.add(() -> removeLast(newSettlements));
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
        index(entry);
        newLedger.add(entry);
        undo.add(() -> removeLast(newLedger));
    }

    /** Returns the cash: the sum of the ledger. */
    Money cash() {
        return cash;
    }

    /** Returns the cash booked before {@code day} began in India. */
    Money cashBefore(LocalDate day) {
        Money sum = cash;
        for (Money m : cashOn.tailMap(day, true).values()) {
            sum = sum.minus(m);
        }
        return sum;
    }

    /** Returns what was bought and sold of {@code instrument} (see {@link #held()}), if it was ever traded. */
    Optional<Traded> traded(Instrument instrument) {
        Integer r = rank.get(instrument);
        return r == null ? Optional.empty() : Optional.of(traded.get(r));
    }

    /**
     * Returns the instruments with a non-zero net position, in order of first trade, each with what was bought and
     * sold of it by fills and expiry settlements (a settled long position counts as sold at its intrinsic value, a
     * settled short one as bought).
     */
    Map<Instrument, Traded> held() {
        Map<Instrument, Traded> out = new LinkedHashMap<>();
        held.forEach((r, instrument) -> out.put(instrument, traded.get(r)));
        return out;
    }

    /**
     * Returns the instruments held and those with a fill or an expiry settlement on {@code day} (its date in India), in
     * order of first trade, each with what was bought and sold of it (see {@link #held()}).
     */
    Map<Instrument, Traded> heldOrTradedOn(LocalDate day) {
        TreeSet<Integer> ranks = new TreeSet<>(held.keySet());
        fillsOn.getOrDefault(day, List.of())
                .forEach(b -> ranks.add(rank.get(b.fill().instrument())));
        settledOn.getOrDefault(day, List.of()).forEach(s -> ranks.add(rank.get(s.instrument())));
        Map<Instrument, Traded> out = new LinkedHashMap<>();
        ranks.forEach(r -> out.put(instruments.get(r), traded.get(r)));
        return out;
    }

    private void index(PaperOrder order) {
        String orderId = order.orderId();
        Integer known = placement.get(orderId);
        int seq;
        if (known == null) {
            seq = orders.size();
            orders.add(order);
            placement.put(orderId, seq);
            List<Integer> day = placedOn.computeIfAbsent(MarketHours.date(order.placedAt()), d -> new ArrayList<>());
            day.add(seq);
            undo.add(() -> {
                removeLast(day);
                placement.remove(orderId);
                removeLast(orders);
            });
        } else {
            seq = known;
            PaperOrder before = orders.set(seq, order);
            undo.add(() -> orders.set(seq, before));
        }
        CorrelationId correlationId = order.order().correlationId();
        String taggedBefore = byCorrelation.put(correlationId, orderId);
        PaperOrder openBefore = order.order().status().open() ? open.put(seq, order) : open.remove(seq);
        undo.add(() -> {
            restore(open, seq, openBefore);
            restore(byCorrelation, correlationId, taggedBefore);
        });
    }

    private void index(BookedFill booked) {
        Fill f = booked.fill();
        fillCount++;
        List<BookedFill> day = fillsOn.computeIfAbsent(MarketHours.date(f.time()), d -> new ArrayList<>());
        day.add(booked);
        undo.add(() -> {
            removeLast(day);
            fillCount--;
        });
        trade(f.instrument(), Traded.of(f.side(), f.quantity(), f.value()));
    }

    private void index(Settlement s) {
        List<Settlement> expiry = settlementsOf.computeIfAbsent(s.instrument().expiry(), d -> new ArrayList<>());
        List<Settlement> day = settledOn.computeIfAbsent(MarketHours.date(s.settledAt()), d -> new ArrayList<>());
        expiry.add(s);
        day.add(s);
        undo.add(() -> {
            removeLast(day);
            removeLast(expiry);
        });
        Side side = s.quantity() > 0 ? Side.SELL : Side.BUY;
        int units = Math.abs(s.quantity());
        trade(s.instrument(), Traded.of(side, units, s.intrinsicValue().times(units)));
    }

    private void index(LedgerEntry entry) {
        Money cashBefore = cash;
        LocalDate day = MarketHours.date(entry.bookedAt());
        Money dayBefore = cashOn.get(day);
        cash = cash.plus(entry.amount());
        cashOn.merge(day, entry.amount(), Money::plus);
        undo.add(() -> {
            cash = cashBefore;
            restore(cashOn, day, dayBefore);
        });
    }

    private void trade(Instrument instrument, Traded trade) {
        Integer known = rank.get(instrument);
        int r;
        Traded before;
        if (known == null) {
            r = instruments.size();
            before = Traded.NONE;
            rank.put(instrument, r);
            instruments.add(instrument);
            traded.add(trade);
        } else {
            r = known;
            before = traded.get(r);
            traded.set(r, before.plus(trade));
        }
        Instrument heldBefore = traded.get(r).net() != 0 ? held.put(r, instrument) : held.remove(r);
        undo.add(() -> {
            restore(held, r, heldBefore);
            if (known == null) {
                removeLast(traded);
                removeLast(instruments);
                rank.remove(instrument);
            } else {
                traded.set(r, before);
            }
        });
    }

    private static <K, V> void restore(Map<K, V> map, K key, V before) {
        if (before == null) {
            map.remove(key);
        } else {
            map.put(key, before);
        }
    }

    private static void removeLast(List<?> list) {
        list.remove(list.size() - 1);
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

        /** Nothing traded. */
        static final Traded NONE = new Traded(0, Money.ZERO, 0, Money.ZERO);

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
