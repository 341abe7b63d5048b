package io.optionsv4.store;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.EquityInstrument;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Instrument;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@link PaperAccountStore} on PostgreSQL: {@code paper_accounts}, {@code paper_orders}, {@code paper_fills},
 * {@code paper_settlements} and {@code paper_ledger} (V7). A commit is one transaction that first moves the account
 * from the expected version to the next ({@code UPDATE ... WHERE version = :expected}, which also serialises
 * concurrent writers on the account's row) and then writes the step. Instants are stored to the microsecond
 * ({@code timestamptz}). Thread-safe.
 */
public final class JdbiPaperAccountStore implements PaperAccountStore {

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    private static final String UPSERT_ORDER = "INSERT INTO paper_orders (account, order_id, seq, correlation_id,"
            + " instrument_kind, symbol, option_type, strike_paise, expiry_date, side, quantity, lot_size, order_type,"
            + " limit_price_paise, validity, status, filled_quantity, filled_value_paise, reason, placed_at,"
            + " updated_at) VALUES (:account, :orderId,"
            + " (SELECT coalesce(max(seq), 0) + 1 FROM paper_orders WHERE account = :account), :correlationId,"
            + " :kind, :symbol, :optionType, :strike, :expiry, :side, :quantity, :lotSize, :orderType, :limit,"
            + " :validity, :status, :filledQuantity, :filledValue, :reason, :placedAt, :updatedAt)"
            + " ON CONFLICT (account, order_id) DO UPDATE SET limit_price_paise = EXCLUDED.limit_price_paise,"
            + " order_type = EXCLUDED.order_type, status = EXCLUDED.status,"
            + " filled_quantity = EXCLUDED.filled_quantity, filled_value_paise = EXCLUDED.filled_value_paise,"
            + " reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at";

    private static final String INSERT_FILL = "INSERT INTO paper_fills (account, trade_id, seq, order_id, quantity,"
            + " price_paise, traded_at, brokerage_paise, stt_paise, exchange_paise, sebi_paise, stamp_duty_paise,"
            + " ipft_paise, gst_paise) VALUES (:account, :tradeId,"
            + " (SELECT coalesce(max(seq), 0) + 1 FROM paper_fills WHERE account = :account), :orderId, :quantity,"
            + " :price, :tradedAt, :brokerage, :stt, :exchange, :sebi, :stamp, :ipft, :gst)";

    private static final String INSERT_SETTLEMENT = "INSERT INTO paper_settlements (account, seq, symbol, option_type,"
            + " strike_paise, expiry_date, quantity, underlying_price_paise, intrinsic_value_paise, settled_at,"
            + " brokerage_paise, stt_paise, exchange_paise, sebi_paise, stamp_duty_paise, ipft_paise, gst_paise)"
            + " VALUES (:account, (SELECT coalesce(max(seq), 0) + 1 FROM paper_settlements WHERE account = :account),"
            + " :symbol, :optionType, :strike, :expiry, :quantity, :underlying, :intrinsic, :settledAt, :brokerage,"
            + " :stt, :exchange, :sebi, :stamp, :ipft, :gst)";

    private static final String INSERT_LEDGER = "INSERT INTO paper_ledger (account, seq, entry_kind, amount_paise,"
            + " booked_at, reference, note) VALUES (:account,"
            + " (SELECT coalesce(max(seq), 0) + 1 FROM paper_ledger WHERE account = :account), :kind, :amount,"
            + " :bookedAt, :reference, :note)";

    private static final String ORDERS = "SELECT * FROM paper_orders WHERE account = :account ORDER BY seq";
    private static final String FILLS = "SELECT f.*, o.correlation_id, o.instrument_kind, o.symbol, o.option_type,"
            + " o.strike_paise, o.expiry_date, o.side FROM paper_fills f JOIN paper_orders o"
            + " ON o.account = f.account AND o.order_id = f.order_id WHERE f.account = :account ORDER BY f.seq";
    private static final String SETTLEMENTS = "SELECT * FROM paper_settlements WHERE account = :account ORDER BY seq";
    private static final String LEDGER = "SELECT * FROM paper_ledger WHERE account = :account ORDER BY seq";

    private final Jdbi jdbi;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiPaperAccountStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public PaperBook open(String account, Money openingDeposit, Instant at) {
        checkAccount(account);
        Checks.notNull(openingDeposit, "openingDeposit");
        Checks.argument(openingDeposit.paise() > 0, "openingDeposit must be > 0 but was " + openingDeposit);
        Checks.notNull(at, "at");
        SqlErrors.run(
                "opening paper account " + account + " in paper_accounts",
                () -> jdbi.inTransaction(h -> {
                    int created = h.createUpdate("INSERT INTO paper_accounts (account, version) VALUES (:account, 1)"
                                    + " ON CONFLICT (account) DO NOTHING")
                            .bind("account", account)
                            .execute();
                    if (created == 1) {
                        insertLedger(
                                h,
                                account,
                                List.of(new LedgerEntry(
                                        LedgerEntry.Kind.DEPOSIT, openingDeposit, at, "", "opening deposit")));
                    }
                    return created;
                }));
        return load(account);
    }

    @Override
    public long version(String account) {
        checkAccount(account);
        return SqlErrors.run(
                "reading the version of paper account " + account, () -> jdbi.withHandle(h -> versionOf(h, account)));
    }

    @Override
    public PaperBook load(String account) {
        checkAccount(account);
        return SqlErrors.run(
                "loading paper account " + account + " from paper_orders, paper_fills, paper_settlements and"
                        + " paper_ledger",
                () -> jdbi.inTransaction(h -> {
                    long version = versionOf(h, account);
                    Map<String, OrderRequest> requests = new HashMap<>();
                    List<PaperOrder> orders = h.createQuery(ORDERS)
                            .bind("account", account)
                            .map((rs, ctx) -> order(rs))
                            .list();
                    orders.forEach(o -> requests.put(o.orderId(), o.order().request()));
                    List<BookedFill> fills = h.createQuery(FILLS)
                            .bind("account", account)
                            .map((rs, ctx) -> fill(rs, requests.get(rs.getString("order_id"))))
                            .list();
                    List<Settlement> settlements = h.createQuery(SETTLEMENTS)
                            .bind("account", account)
                            .map((rs, ctx) -> settlement(rs))
                            .list();
                    List<LedgerEntry> ledger = h.createQuery(LEDGER)
                            .bind("account", account)
                            .map((rs, ctx) -> ledgerEntry(rs))
                            .list();
                    return new PaperBook(account, version, orders, fills, settlements, ledger);
                }));
    }

    @Override
    public boolean commit(String account, long expectedVersion, PaperChanges changes) {
        checkAccount(account);
        Checks.notNull(changes, "changes");
        return SqlErrors.run(
                "storing a step of paper account " + account,
                () -> jdbi.inTransaction(h -> {
                    int moved = h.createUpdate("UPDATE paper_accounts SET version = version + 1"
                                    + " WHERE account = :account AND version = :expected")
                            .bind("account", account)
                            .bind("expected", expectedVersion)
                            .execute();
                    if (moved == 0) {
                        versionOf(h, account); // throws when the account does not exist rather than report a conflict
                        return false;
                    }
                    upsertOrders(h, account, changes.orders());
                    insertFills(h, account, changes.fills());
                    insertSettlements(h, account, changes.settlements());
                    insertLedger(h, account, changes.ledger());
                    return true;
                }));
    }

    private static long versionOf(Handle h, String account) {
        Optional<Long> version = h.createQuery("SELECT version FROM paper_accounts WHERE account = :account")
                .bind("account", account)
                .mapTo(Long.class)
                .findOne();
        return version.orElseThrow(() -> new StoreException(
                "paper account " + account + " does not exist in" + " paper_accounts; open it first"));
    }

    private static void upsertOrders(Handle h, String account, List<PaperOrder> orders) {
        for (PaperOrder p : orders) {
            Order o = p.order();
            OrderRequest r = o.request();
            var update = h.createUpdate(UPSERT_ORDER)
                    .bind("account", account)
                    .bind("orderId", o.orderId())
                    .bind("correlationId", r.correlationId().value())
                    .bind("side", r.side().name())
                    .bind("quantity", r.quantity())
                    .bind("lotSize", r.lotSize())
                    .bind("orderType", r.type().name())
                    .bind("limit", r.limitPrice().map(Money::paise).orElse(null))
                    .bind("validity", r.validity().name())
                    .bind("status", o.status().name())
                    .bind("filledQuantity", o.filledQuantity())
                    .bind("filledValue", o.filledValue().paise())
                    .bind("reason", o.reason())
                    .bind("placedAt", time(p.placedAt()))
                    .bind("updatedAt", time(o.updatedAt()));
            switch (r.instrument()) {
                case OptionInstrument opt ->
                    update.bind("kind", "OPTION")
                            .bind("symbol", opt.symbol())
                            .bind("optionType", opt.right().name())
                            .bind("strike", opt.strike().paise())
                            .bind("expiry", opt.expiry());
                case EquityInstrument eq ->
                    update.bind("kind", "EQUITY")
                            .bind("symbol", eq.symbol())
                            .bindNull("optionType", Types.VARCHAR)
                            .bindNull("strike", Types.BIGINT)
                            .bindNull("expiry", Types.DATE);
            }
            update.execute();
        }
    }

    private static void insertFills(Handle h, String account, List<BookedFill> fills) {
        for (BookedFill b : fills) {
            Fill f = b.fill();
            var update = h.createUpdate(INSERT_FILL)
                    .bind("account", account)
                    .bind("tradeId", f.tradeId())
                    .bind("orderId", f.orderId())
                    .bind("quantity", f.quantity())
                    .bind("price", f.price().paise())
                    .bind("tradedAt", time(f.time()));
            bindCharges(update, b.charges()).execute();
        }
    }

    private static void insertSettlements(Handle h, String account, List<Settlement> settlements) {
        for (Settlement s : settlements) {
            var update = h.createUpdate(INSERT_SETTLEMENT)
                    .bind("account", account)
                    .bind("symbol", s.instrument().symbol())
                    .bind("optionType", s.instrument().right().name())
                    .bind("strike", s.instrument().strike().paise())
                    .bind("expiry", s.instrument().expiry())
                    .bind("quantity", s.quantity())
                    .bind("underlying", s.underlyingPrice().paise())
                    .bind("intrinsic", s.intrinsicValue().paise())
                    .bind("settledAt", time(s.settledAt()));
            bindCharges(update, s.charges()).execute();
        }
    }

    private static void insertLedger(Handle h, String account, List<LedgerEntry> entries) {
        for (LedgerEntry e : entries) {
            h.createUpdate(INSERT_LEDGER)
                    .bind("account", account)
                    .bind("kind", e.kind().name())
                    .bind("amount", e.amount().paise())
                    .bind("bookedAt", time(e.bookedAt()))
                    .bind("reference", e.reference())
                    .bind("note", e.note())
                    .execute();
        }
    }

    private static <T extends SqlStatement<T>> T bindCharges(T statement, Charges c) {
        return statement
                .bind("brokerage", c.brokerage().paise())
                .bind("stt", c.stt().paise())
                .bind("exchange", c.exchange().paise())
                .bind("sebi", c.sebi().paise())
                .bind("stamp", c.stampDuty().paise())
                .bind("ipft", c.ipft().paise())
                .bind("gst", c.gst().paise());
    }

    private static PaperOrder order(ResultSet rs) throws SQLException {
        Instrument instrument = instrument(rs);
        long limit = rs.getLong("limit_price_paise");
        Optional<Money> limitPrice = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(limit));
        OrderRequest request = new OrderRequest(
                new CorrelationId(rs.getString("correlation_id")),
                instrument,
                Side.valueOf(rs.getString("side")),
                rs.getInt("quantity"),
                rs.getInt("lot_size"),
                OrderType.valueOf(rs.getString("order_type")),
                limitPrice,
                Validity.valueOf(rs.getString("validity")));
        Order order = new Order(
                rs.getString("order_id"),
                request,
                OrderStatus.valueOf(rs.getString("status")),
                rs.getInt("filled_quantity"),
                Money.ofPaise(rs.getLong("filled_value_paise")),
                rs.getString("reason"),
                instant(rs, "updated_at"));
        return new PaperOrder(order, instant(rs, "placed_at"));
    }

    private static BookedFill fill(ResultSet rs, OrderRequest request) throws SQLException {
        Fill fill = new Fill(
                rs.getString("trade_id"),
                rs.getString("order_id"),
                request.correlationId(),
                request.instrument(),
                request.side(),
                rs.getInt("quantity"),
                Money.ofPaise(rs.getLong("price_paise")),
                instant(rs, "traded_at"));
        return new BookedFill(fill, charges(rs));
    }

    private static Settlement settlement(ResultSet rs) throws SQLException {
        OptionInstrument instrument = new OptionInstrument(
                rs.getString("symbol"),
                Right.valueOf(rs.getString("option_type")),
                Money.ofPaise(rs.getLong("strike_paise")),
                rs.getObject("expiry_date", LocalDate.class));
        return new Settlement(
                instrument,
                rs.getInt("quantity"),
                Money.ofPaise(rs.getLong("underlying_price_paise")),
                Money.ofPaise(rs.getLong("intrinsic_value_paise")),
                instant(rs, "settled_at"),
                charges(rs));
    }

    private static LedgerEntry ledgerEntry(ResultSet rs) throws SQLException {
        return new LedgerEntry(
                LedgerEntry.Kind.valueOf(rs.getString("entry_kind")),
                Money.ofPaise(rs.getLong("amount_paise")),
                instant(rs, "booked_at"),
                rs.getString("reference"),
                rs.getString("note"));
    }

    private static Instrument instrument(ResultSet rs) throws SQLException {
        String symbol = rs.getString("symbol");
        if ("EQUITY".equals(rs.getString("instrument_kind"))) {
            return new EquityInstrument(symbol);
        }
        return new OptionInstrument(
                symbol,
                Right.valueOf(rs.getString("option_type")),
                Money.ofPaise(rs.getLong("strike_paise")),
                rs.getObject("expiry_date", LocalDate.class));
    }

    private static Charges charges(ResultSet rs) throws SQLException {
        return new Charges(
                Money.ofPaise(rs.getLong("brokerage_paise")),
                Money.ofPaise(rs.getLong("stt_paise")),
                Money.ofPaise(rs.getLong("exchange_paise")),
                Money.ofPaise(rs.getLong("sebi_paise")),
                Money.ofPaise(rs.getLong("stamp_duty_paise")),
                Money.ofPaise(rs.getLong("ipft_paise")),
                Money.ofPaise(rs.getLong("gst_paise")));
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void checkAccount(String account) {
        Checks.notNull(account, "account");
        Checks.argument(
                ACCOUNT.matcher(account).matches(),
                "paper account must be 1-30 characters of A-Z a-z 0-9 _ - but was '" + account + "'");
    }
}
