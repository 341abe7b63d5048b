package io.optionsv4.app.testdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Seeds the trading tables (V3) of the {@link TradingStore} database as the execution service would: one FILLED
 * entry order and one trade per leg of a stored strategy, entered at the analysis premium, and closes legs. Prices and
 * charges in paise.
 */
public final class Book {

    /** The stored legs of a strategy with the lot size it was built with. */
    public record Leg(
            int index,
            String symbol,
            String side,
            String right,
            double strike,
            LocalDate expiry,
            int quantity,
            long premiumPaise) {

        /** Returns +1 for a bought leg, −1 for a sold one. */
        public int sign() {
            return side.equals("BUY") ? 1 : -1;
        }
    }

    /** A traded leg as seeded. */
    public record Traded(long tradeId, long orderId, String tag, Leg leg, long entryPaise, long chargesPaise) {}

    private Book() {}

    /** Returns 10:00 in India on {@code day}. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Kolkata")).toInstant();
    }

    /** Reads the legs of stored strategy {@code strategy}, quantities from its plan outcomes' lot size. */
    public static List<Leg> legs(long strategy) {
        return TradingStore.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT d.leg_index, s.symbol, d.side, d.option_type, d.strike_price,"
                                + " d.expiry_date, d.lots * o.lot_size AS quantity, round(d.premium_per_unit * 100)"
                                + " AS premium FROM strategy_details d JOIN strategies s ON s.id = d.strategy_id"
                                + " JOIN strategy_plan_outcomes o ON o.strategy_id = s.id WHERE s.id = :s"
                                + " ORDER BY d.leg_index")
                        .bind("s", strategy)
                        .map((rs, ctx) -> new Leg(
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getDouble(5),
                                rs.getObject(6, LocalDate.class),
                                rs.getInt(7),
                                Math.max(5, rs.getLong(8))))
                        .list());
    }

    /** Sets the status of {@code strategy}. */
    public static void status(long strategy, String status, int lots) {
        TradingStore.database()
                .jdbi()
                .useHandle(h -> h.createUpdate("INSERT INTO strategy_execution_status (strategy_id, status, lots)"
                                + " VALUES (:s, :status, :lots) ON CONFLICT (strategy_id) DO UPDATE SET status ="
                                + " EXCLUDED.status, lots = EXCLUDED.lots")
                        .bind("s", strategy)
                        .bind("status", status)
                        .bind("lots", lots)
                        .execute());
    }

    /**
     * Enters {@code leg} of {@code strategy} on {@code entered} at {@code entryPaise} per unit with
     * {@code chargesPaise} booked: an entry order (tag {@code v4t-STRATEGY-LEGE1}) and an OPEN trade.
     */
    public static Traded enter(long strategy, Leg leg, long entryPaise, long chargesPaise, Instant entered) {
        return TradingStore.database().jdbi().withHandle(h -> {
            String tag = "v4t-" + strategy + "-" + leg.index() + "E1";
            long order = order(h, strategy, leg, tag, entryPaise, entered);
            long trade = h.createUpdate("INSERT INTO trades (strategy_id, entry_order_id, leg_index, symbol, side,"
                            + " option_type, strike_price, expiry_date, lots, quantity, entry_price_paise,"
                            + " charges_paise, status, entered_at) VALUES (:s, :o, :leg, :symbol, :side, :right,"
                            + " :strike, :expiry, 1, :q, :entry, :charges, 'OPEN', :at)")
                    .bind("s", strategy)
                    .bind("o", order)
                    .bind("leg", leg.index())
                    .bind("symbol", leg.symbol())
                    .bind("side", leg.side())
                    .bind("right", leg.right())
                    .bind("strike", leg.strike())
                    .bind("expiry", leg.expiry())
                    .bind("q", leg.quantity())
                    .bind("entry", entryPaise)
                    .bind("charges", chargesPaise)
                    .bind("at", Timestamp.from(entered))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return new Traded(trade, order, tag, leg, entryPaise, chargesPaise);
        });
    }

    /** Enters every leg of {@code strategy} at its analysis premium with {@code chargesPaise} per leg. */
    public static List<Traded> enterAll(long strategy, long chargesPaise, Instant entered) {
        return legs(strategy).stream()
                .map(l -> enter(strategy, l, l.premiumPaise(), chargesPaise, entered))
                .toList();
    }

    /** Closes {@code t} at {@code exitPaise(entry)} with {@code chargesPaise} booked in all; returns the exit price. */
    public static long close(Traded t, UnaryOperator<Long> exitPaise, long chargesPaise, Instant exited) {
        long exit = exitPaise.apply(t.entryPaise());
        long gross = t.leg().sign() * (exit - t.entryPaise()) * t.leg().quantity();
        TradingStore.database()
                .jdbi()
                .useHandle(h -> h.createUpdate("UPDATE trades SET exit_price_paise = :exit, charges_paise = :charges,"
                                + " realized_pnl_paise = :pnl, status = 'CLOSED', exited_at = :at WHERE id = :id")
                        .bind("exit", exit)
                        .bind("charges", chargesPaise)
                        .bind("pnl", gross - chargesPaise)
                        .bind("at", Timestamp.from(exited))
                        .bind("id", t.tradeId())
                        .execute());
        return exit;
    }

    private static long order(Handle h, long strategy, Leg leg, String tag, long pricePaise, Instant at) {
        return h.createUpdate("INSERT INTO orders (strategy_id, correlation_id, leg_index, symbol, side, option_type,"
                        + " strike_price, expiry_date, lots, quantity, order_type, limit_price_paise, status,"
                        + " broker_order_id, filled_quantity, average_price_paise, created_at, updated_at) VALUES (:s,"
                        + " :tag, :leg, :symbol, :side, :right, :strike, :expiry, 1, :q, 'LIMIT', :price, 'FILLED',"
                        + " :broker, :q, :price, :at, :at)")
                .bind("s", strategy)
                .bind("tag", tag)
                .bind("leg", leg.index())
                .bind("symbol", leg.symbol())
                .bind("side", leg.side())
                .bind("right", leg.right())
                .bind("strike", leg.strike())
                .bind("expiry", leg.expiry())
                .bind("q", leg.quantity())
                .bind("price", pricePaise)
                .bind("broker", "B-" + tag)
                .bind("at", Timestamp.from(at))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }
}
