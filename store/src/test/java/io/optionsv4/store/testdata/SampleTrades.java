package io.optionsv4.store.testdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** Rows of {@code orders} and {@code trades} for the book's store tests, written with plain SQL as the engine would. */
public final class SampleTrades {

    /** Order sequences: unique per inserted order, as (strategy, leg, purpose, sequence) must be since V8. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCES =
            new java.util.concurrent.atomic.AtomicInteger();

    private SampleTrades() {}

    /**
     * Inserts a filled limit order of one leg and returns its id.
     *
     * @param strategy the strategy id
     * @param leg the leg index
     * @param tag the correlation id
     * @param side BUY or SELL
     * @param quantity units ordered and filled (pass {@code filled} apart when partial)
     * @param filled units filled
     * @param averagePaise the average price stored, or null
     * @param created when the order was created
     */
    public static long order(
            Handle h,
            long strategy,
            int leg,
            String tag,
            String side,
            int quantity,
            int filled,
            Long averagePaise,
            Instant created) {
        return h.createUpdate("INSERT INTO orders (strategy_id, correlation_id, leg_index, symbol, security_id, side,"
                        + " option_type, strike_price, expiry_date, lots, quantity, order_type, limit_price_paise,"
                        + " status, broker_order_id, filled_quantity, average_price_paise, created_at, updated_at,"
                        + " sequence) VALUES (:s, :tag, :leg, 'RELIANCE', NULL, :side, 'PUT', 1450, :expiry, 1, :q,"
                        + " 'LIMIT', 1000, :status, :broker, :filled, :avg, :at, :at, :sequence)")
                .bind("sequence", SEQUENCES.incrementAndGet())
                .bind("s", strategy)
                .bind("tag", tag)
                .bind("leg", leg)
                .bind("side", side)
                .bind("expiry", LocalDate.of(2020, 1, 30))
                .bind("q", quantity)
                .bind("status", filled == quantity ? "FILLED" : filled > 0 ? "PARTIALLY_FILLED" : "ACCEPTED")
                .bind("broker", "B-" + tag)
                .bind("filled", filled)
                .bind("avg", averagePaise)
                .bind("at", Timestamp.from(created))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /**
     * Inserts an open traded leg (RELIANCE 1450 PE of 30 Jan 2020) and returns its id.
     *
     * @param entryOrder the order that opened it, or null
     * @param entryPaise the entry price per unit
     * @param chargesPaise the charges booked
     */
    public static long openTrade(
            Handle h,
            long strategy,
            int leg,
            Long entryOrder,
            String side,
            int quantity,
            long entryPaise,
            long chargesPaise,
            Instant entered) {
        return h.createUpdate("INSERT INTO trades (strategy_id, entry_order_id, leg_index, symbol, side, option_type,"
                        + " strike_price, expiry_date, lots, quantity, entry_price_paise, charges_paise, status,"
                        + " entered_at) VALUES (:s, :o, :leg, 'RELIANCE', :side, 'PUT', 1450, :expiry, 1, :q, :entry,"
                        + " :charges, 'OPEN', :at)")
                .bind("s", strategy)
                .bind("o", entryOrder)
                .bind("leg", leg)
                .bind("side", side)
                .bind("expiry", LocalDate.of(2020, 1, 30))
                .bind("q", quantity)
                .bind("entry", entryPaise)
                .bind("charges", chargesPaise)
                .bind("at", Timestamp.from(entered))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Closes a traded leg at {@code exitPaise} with {@code realizedPaise} realised and the charges in all. */
    public static void close(
            Handle h, long trade, Long exitOrder, long exitPaise, long chargesPaise, long realizedPaise, Instant at) {
        h.createUpdate("UPDATE trades SET exit_order_id = :o, exit_price_paise = :exit, charges_paise = :charges,"
                        + " realized_pnl_paise = :pnl, status = 'CLOSED', exited_at = :at WHERE id = :id")
                .bind("o", exitOrder)
                .bind("exit", exitPaise)
                .bind("charges", chargesPaise)
                .bind("pnl", realizedPaise)
                .bind("at", Timestamp.from(at))
                .bind("id", trade)
                .execute();
    }
}
