package io.optionsv4.store;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Books a terminal order's fills inside the caller's transaction: the leg's trade ({@code trades}: an entry opens it,
 * an unwind or exit closes it, in parts if need be), a premium and a charges row in {@code fund_ledger}, and the
 * contract's net position ({@code positions}). Amounts are exact paise; the per-unit prices are the exact values
 * divided by the quantity, rounded half-even to the paisa. Realised P&amp;L is gross (the charges stay in
 * {@code charges_paise}).
 */
final class FillBooks {

    private FillBooks() {}

    /** Books {@code booking} unless its order is booked already; returns false when it was. */
    static boolean book(Handle h, FillBooking booking) {
        OrderRecord o = booking.order();
        Optional<Long> claimed = h.createQuery("UPDATE orders SET booked = true, booked_on = :day, updated_at = now()"
                        + " WHERE correlation_id = :c AND NOT booked RETURNING id")
                .bind("day", booking.tradeDate())
                .bind("c", o.correlationId().value())
                .mapTo(Long.class)
                .findOne();
        if (claimed.isEmpty()) {
            return false;
        }
        long orderId = claimed.get();
        if (o.purpose() == Purpose.ENTRY) {
            openTrade(h, booking, orderId);
        } else {
            closeTrade(h, booking, orderId);
        }
        ledger(h, booking, orderId);
        position(h, o);
        return true;
    }

    private static void openTrade(Handle h, FillBooking b, long orderId) {
        OrderRecord o = b.order();
        OptionInstrument option = ExecutionRows.option(o);
        int lotSize = o.request().lotSize();
        h.createUpdate("INSERT INTO trades (strategy_id, entry_order_id, leg_index, symbol, side, option_type,"
                        + " strike_price, expiry_date, lots, quantity, entry_price_paise, entry_value_paise,"
                        + " charges_paise, status, entered_at) VALUES (:strategy, :order, :leg, :symbol, :side, :right,"
                        + " :strike, :expiry, :lots, :quantity, :price, :value, :charges, 'OPEN', :at)")
                .bind("strategy", o.strategyId())
                .bind("order", orderId)
                .bind("leg", o.legIndex())
                .bind("symbol", option.symbol())
                .bind("side", o.request().side().name())
                .bind("right", option.right().name())
                .bind("strike", option.strike().rupees())
                .bind("expiry", option.expiry())
                .bind("lots", (o.filledQuantity() + lotSize - 1) / lotSize)
                .bind("quantity", o.filledQuantity())
                .bind("price", ExecutionRows.perUnit(o.filledValue().paise(), o.filledQuantity()))
                .bind("value", o.filledValue().paise())
                .bind("charges", b.charges().paise())
                .bind("at", ExecutionRows.timestamp(b.at()))
                .execute();
    }

    private static void closeTrade(Handle h, FillBooking b, long orderId) {
        OrderRecord o = b.order();
        Map<String, Object> trade = h.createQuery("SELECT id, side, quantity, entry_value_paise, exit_quantity,"
                        + " exit_value_paise FROM trades WHERE strategy_id = :s AND leg_index = :l AND status = 'OPEN'"
                        + " ORDER BY id LIMIT 1 FOR UPDATE")
                .bind("s", o.strategyId())
                .bind("l", o.legIndex())
                .mapToMap()
                .findOne()
                .orElseThrow(() -> new IllegalStateException("order " + o.correlationId() + " closes leg "
                        + o.legIndex() + " of strategy " + o.strategyId() + ", which has no open trade"));
        int quantity = ((Number) trade.get("quantity")).intValue();
        int closed = ((Number) trade.get("exit_quantity")).intValue() + o.filledQuantity();
        long exitValue = ((Number) trade.get("exit_value_paise")).longValue()
                + o.filledValue().paise();
        if (closed > quantity) {
            throw new IllegalStateException("order " + o.correlationId() + " closes " + closed + " of the " + quantity
                    + " units of leg " + o.legIndex() + " of strategy " + o.strategyId());
        }
        long entryValue = ((Number) trade.get("entry_value_paise")).longValue();
        boolean bought = Side.valueOf((String) trade.get("side")) == Side.BUY;
        boolean done = closed == quantity;
        h.createUpdate("UPDATE trades SET exit_quantity = :closed, exit_value_paise = :exitValue,"
                        + " charges_paise = charges_paise + :charges, exit_order_id = :order,"
                        + " status = :status, exit_price_paise = :exitPrice, exited_at = :at, realized_pnl_paise = :pnl"
                        + " WHERE id = :id")
                .bind("closed", closed)
                .bind("exitValue", exitValue)
                .bind("charges", b.charges().paise())
                .bind("order", orderId)
                .bind("status", done ? "CLOSED" : "OPEN")
                .bind("exitPrice", done ? Long.valueOf(ExecutionRows.perUnit(exitValue, quantity)) : null)
                .bind("at", done ? ExecutionRows.timestamp(b.at()) : null)
                .bind("pnl", done ? Long.valueOf(bought ? exitValue - entryValue : entryValue - exitValue) : null)
                .bind("id", ((Number) trade.get("id")).longValue())
                .execute();
    }

    private static void ledger(Handle h, FillBooking b, long orderId) {
        OrderRecord o = b.order();
        long premium = o.request().side() == Side.SELL
                ? o.filledValue().paise()
                : -o.filledValue().paise();
        PreparedBatch batch = h.prepareBatch("INSERT INTO fund_ledger (entry_kind, amount_paise, strategy_id,"
                + " order_id, note) VALUES (:kind, :amount, :strategy, :order, :note)");
        add(batch, "PREMIUM", premium, o, orderId);
        if (!b.charges().isZero()) {
            add(batch, "CHARGES", -b.charges().paise(), o, orderId);
        }
        batch.execute();
    }

    private static void add(PreparedBatch batch, String kind, long amount, OrderRecord o, long orderId) {
        batch.bind("kind", kind)
                .bind("amount", amount)
                .bind("strategy", o.strategyId())
                .bind("order", orderId)
                .bind("note", o.purpose() + " " + o.correlationId().value())
                .add();
    }

    /**
     * Moves the contract's net position by the order's fill in lots (exchange fills are whole lots; a remainder
     * below one lot is not a position the table can hold and is left out). The average price is the weighted average
     * while the position grows, unchanged while it shrinks, and the order's own price when it turns over.
     */
    private static void position(Handle h, OrderRecord o) {
        int lots = o.signedFilled() / o.request().lotSize();
        if (lots == 0) {
            return;
        }
        OptionInstrument option = ExecutionRows.option(o);
        long price = ExecutionRows.perUnit(o.filledValue().paise(), o.filledQuantity());
        Optional<Map<String, Object>> row = h.createQuery("SELECT net_lots, average_price_paise FROM positions"
                        + " WHERE symbol = :symbol AND option_type = :right AND strike_price = :strike"
                        + " AND expiry_date = :expiry FOR UPDATE")
                .bind("symbol", option.symbol())
                .bind("right", option.right().name())
                .bind("strike", option.strike().rupees())
                .bind("expiry", option.expiry())
                .mapToMap()
                .findOne();
        int old = row.map(r -> ((Number) r.get("net_lots")).intValue()).orElse(0);
        long oldPrice = row.map(r -> ((Number) r.get("average_price_paise")).longValue())
                .orElse(0L);
        int net = old + lots;
        long average;
        if (old == 0 || Integer.signum(old) != Integer.signum(net)) {
            average = price;
        } else if (Math.abs(net) > Math.abs(old)) {
            average = ExecutionRows.perUnit(oldPrice * Math.abs(old) + price * Math.abs(lots), Math.abs(net));
        } else {
            average = oldPrice;
        }
        String where = " WHERE symbol = :symbol AND option_type = :right AND strike_price = :strike"
                + " AND expiry_date = :expiry";
        org.jdbi.v3.core.statement.Update update;
        if (net == 0) {
            update = h.createUpdate("DELETE FROM positions" + where);
        } else {
            String sql = row.isPresent()
                    ? "UPDATE positions SET net_lots = :net, average_price_paise = :avg, updated_at = now()" + where
                    : "INSERT INTO positions (symbol, option_type, strike_price, expiry_date, net_lots,"
                            + " average_price_paise) VALUES (:symbol, :right, :strike, :expiry, :net, :avg)";
            update = h.createUpdate(sql).bind("net", net).bind("avg", average);
        }
        update.bind("symbol", option.symbol())
                .bind("right", option.right().name())
                .bind("strike", option.strike().rupees())
                .bind("expiry", option.expiry())
                .execute();
    }
}
