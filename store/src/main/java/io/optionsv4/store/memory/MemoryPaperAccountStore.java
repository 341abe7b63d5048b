package io.optionsv4.store.memory;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link PaperAccountStore} in memory, as {@code JdbiPaperAccountStore} keeps it: per account its version, its
 * orders in placement order (an order stored again keeps its place and request and takes the new type, limit, state,
 * fills, reason and time), its fills, settlements and ledger. A commit at a stale version stores nothing and returns
 * false; a commit the tables would refuse (a correlation id of another order, a trade id twice, a fill of an unknown
 * order, a contract settled twice) stores nothing and throws. Instants are kept to the microsecond, as
 * {@code timestamptz} keeps them. A commit costs its changes, a version read is constant, a load copies the book.
 * Thread-safe: each call holds the store's monitor.
 */
public final class MemoryPaperAccountStore implements PaperAccountStore {

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    private final Map<String, Account> accounts = new HashMap<>();

    /** Creates a store without accounts. */
    public MemoryPaperAccountStore() {}

    @Override
    public synchronized PaperBook open(String account, Money openingDeposit, Instant at) {
        checkAccount(account);
        Checks.notNull(openingDeposit, "openingDeposit");
        Checks.argument(openingDeposit.paise() > 0, "openingDeposit must be > 0 but was " + openingDeposit);
        Checks.notNull(at, "at");
        accounts.computeIfAbsent(account, a -> {
            Account created = new Account();
            created.version = 1;
            created.ledger.add(new LedgerEntry(
                    LedgerEntry.Kind.DEPOSIT, openingDeposit, MemoryBooks.micros(at), "", "opening deposit"));
            return created;
        });
        return load(account);
    }

    @Override
    public synchronized long version(String account) {
        checkAccount(account);
        return account(account).version;
    }

    @Override
    public synchronized PaperBook load(String account) {
        checkAccount(account);
        Account a = account(account);
        return new PaperBook(account, a.version, new ArrayList<>(a.orders.values()), a.fills, a.settlements, a.ledger);
    }

    @Override
    public synchronized boolean commit(String account, long expectedVersion, PaperChanges changes) {
        checkAccount(account);
        Checks.notNull(changes, "changes");
        Account a = account(account);
        if (a.version != expectedVersion) {
            return false;
        }
        Map<String, PaperOrder> orders = staged(account, a, changes.orders());
        List<BookedFill> fills = fills(account, a, orders, changes.fills());
        List<Settlement> settlements = settlements(account, a, changes.settlements());
        orders.forEach((id, order) -> {
            if (!a.orders.containsKey(id)) {
                a.correlations.put(order.order().request().correlationId().value(), id);
            }
            a.orders.put(id, order);
        });
        fills.forEach(f -> {
            a.fills.add(f);
            a.tradeIds.add(f.fill().tradeId());
        });
        settlements.forEach(s -> {
            a.settlements.add(s);
            a.settled.add(contract(s));
        });
        for (LedgerEntry e : changes.ledger()) {
            a.ledger.add(
                    new LedgerEntry(e.kind(), e.amount(), MemoryBooks.micros(e.bookedAt()), e.reference(), e.note()));
        }
        a.version++;
        return true;
    }

    /** Returns the orders of the commit as they will be stored, in commit order; refuses a taken correlation id. */
    private static Map<String, PaperOrder> staged(String account, Account a, List<PaperOrder> changed) {
        Map<String, PaperOrder> out = new LinkedHashMap<>();
        Map<String, String> correlations = new HashMap<>();
        for (PaperOrder p : changed) {
            Order o = p.order();
            PaperOrder old = out.containsKey(o.orderId()) ? out.get(o.orderId()) : a.orders.get(o.orderId());
            if (old == null) {
                String correlation = o.request().correlationId().value();
                String other = a.correlations.getOrDefault(correlation, correlations.get(correlation));
                if (other != null && !other.equals(o.orderId())) {
                    throw new StoreException("storing a step of paper account " + account + ": correlation id "
                            + correlation + " is order " + other + "'s already (paper_orders_correlation_id_unique)");
                }
                correlations.put(correlation, o.orderId());
                out.put(o.orderId(), new PaperOrder(updated(o, o.request()), MemoryBooks.micros(p.placedAt())));
            } else {
                out.put(o.orderId(), new PaperOrder(updated(o, old.order().request()), old.placedAt()));
            }
        }
        return out;
    }

    /** Returns {@code o} over the stored request, with the order type and limit price of {@code o}'s. */
    private static Order updated(Order o, OrderRequest stored) {
        OrderRequest request = new OrderRequest(
                stored.correlationId(),
                stored.instrument(),
                stored.side(),
                stored.quantity(),
                stored.lotSize(),
                o.request().type(),
                o.request().limitPrice(),
                stored.validity());
        return new Order(
                o.orderId(),
                request,
                o.status(),
                o.filledQuantity(),
                o.filledValue(),
                o.reason(),
                MemoryBooks.micros(o.updatedAt()));
    }

    private static List<BookedFill> fills(
            String account, Account a, Map<String, PaperOrder> staged, List<BookedFill> changed) {
        List<BookedFill> out = new ArrayList<>(changed.size());
        Set<String> tradeIds = new HashSet<>();
        for (BookedFill b : changed) {
            Fill f = b.fill();
            PaperOrder order = staged.containsKey(f.orderId()) ? staged.get(f.orderId()) : a.orders.get(f.orderId());
            if (order == null) {
                throw new StoreException("storing a step of paper account " + account + ": fill " + f.tradeId()
                        + " of order " + f.orderId() + ", which is not stored");
            }
            if (a.tradeIds.contains(f.tradeId()) || !tradeIds.add(f.tradeId())) {
                throw new StoreException(
                        "storing a step of paper account " + account + ": trade " + f.tradeId() + " is stored already");
            }
            OrderRequest r = order.order().request();
            out.add(new BookedFill(
                    new Fill(
                            f.tradeId(),
                            f.orderId(),
                            r.correlationId(),
                            r.instrument(),
                            r.side(),
                            f.quantity(),
                            f.price(),
                            MemoryBooks.micros(f.time())),
                    b.charges()));
        }
        return out;
    }

    private static List<Settlement> settlements(String account, Account a, List<Settlement> changed) {
        List<Settlement> out = new ArrayList<>(changed.size());
        Set<String> contracts = new HashSet<>();
        for (Settlement s : changed) {
            if (a.settled.contains(contract(s)) || !contracts.add(contract(s))) {
                throw new StoreException("storing a step of paper account " + account + ": "
                        + s.instrument().displayName() + " is settled already");
            }
            out.add(new Settlement(
                    s.instrument(),
                    s.quantity(),
                    s.underlyingPrice(),
                    s.intrinsicValue(),
                    MemoryBooks.micros(s.settledAt()),
                    s.charges()));
        }
        return out;
    }

    private static String contract(Settlement s) {
        var i = s.instrument();
        return i.symbol() + "\n" + i.right() + "\n" + i.strike().paise() + "\n" + i.expiry();
    }

    private Account account(String account) {
        Account a = accounts.get(account);
        if (a == null) {
            throw new StoreException("paper account " + account + " does not exist in paper_accounts; open it first");
        }
        return a;
    }

    private static void checkAccount(String account) {
        Checks.notNull(account, "account");
        Checks.argument(
                ACCOUNT.matcher(account).matches(),
                "paper account must be 1-30 characters of A-Z a-z 0-9 _ - but was '" + account + "'");
    }

    /** One account's book. */
    private static final class Account {
        long version;
        final LinkedHashMap<String, PaperOrder> orders = new LinkedHashMap<>();
        final Map<String, String> correlations = new HashMap<>();
        final List<BookedFill> fills = new ArrayList<>();
        final Set<String> tradeIds = new HashSet<>();
        final List<Settlement> settlements = new ArrayList<>();
        final Set<String> settled = new HashSet<>();
        final List<LedgerEntry> ledger = new ArrayList<>();
    }
}
