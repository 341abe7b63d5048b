package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.paper.PaperOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Matches a paper account's open orders against the market of one moment of a {@link PaperStep}: a buy trades at the
 * ask, a sell at the bid (plus slippage, on the tick), a limit order only when marketable, up to what the quote's
 * snapshot still offers ({@link SnapshotLiquidity}). Books each fill with its charges in the step's working book and
 * takes the quantity from the step's liquidity. Not thread-safe.
 */
final class OrderMatcher {

    private final PaperRules rules;
    private final AccountBook work;
    private final SnapshotLiquidity liquidity;
    private final MarketView market;
    private final Instant now;

    /**
     * Returns the matcher of {@code work} against {@code market} at {@code now}.
     *
     * @param rules the account's fixed rules
     * @param work the account's book with the step's changes, where fills are booked
     * @param liquidity what the snapshots still offer, less the step's takings, which fills take from
     * @param market the market of the moment
     * @param now the time of the step and its fills
     */
    OrderMatcher(PaperRules rules, AccountBook work, SnapshotLiquidity liquidity, MarketView market, Instant now) {
        this.rules = rules;
        this.work = work;
        this.liquidity = liquidity;
        this.market = market;
        this.now = now;
    }

    /**
     * Tries {@code p} against the market of this moment and books what fills.
     *
     * @return the {@code Filled} or {@code PartiallyFilled} event of the fill, or empty when nothing filled
     */
    Optional<OrderEvent> evaluate(PaperOrder p) {
        Order o = p.order();
        OrderRequest r = o.request();
        if (o.status().terminal() || !(r.instrument() instanceof OptionInstrument c)) {
            return Optional.empty();
        }
        if (!(market.find(c) instanceof MarketView.Found found)) {
            return Optional.empty();
        }
        if (!(market.price(found, r.side(), r.lotSize()) instanceof LegPrice price)) {
            return Optional.empty();
        }
        Optional<Money> fillPrice = fillPrice(r, price);
        if (fillPrice.isEmpty()) {
            return Optional.empty();
        }
        long offered = liquidity.available(c, found.quote(), r.side(), r.lotSize());
        int quantity = (int) Math.min(o.remainingQuantity(), offered);
        quantity -= quantity % r.lotSize();
        if (quantity <= 0) {
            return Optional.empty();
        }
        liquidity.take(c, found.quote(), r.side(), quantity);
        Fill fill = new Fill(
                work.nextTradeId(), o.orderId(), r.correlationId(), c, r.side(), quantity, fillPrice.get(), now);
        return Optional.of(book(p, fill));
    }

    /** Books {@code fill} of {@code p} with its charges and returns the order's event. */
    private OrderEvent book(PaperOrder p, Fill fill) {
        Order o = p.order();
        LocalDate day = MarketHours.date(fill.time());
        Charges charges = rules.dayCharges().forFill(fill, work.fillsOn(day), work.settlementsOf(day));
        work.book(fill, charges);
        int filled = o.filledQuantity() + fill.quantity();
        OrderStatus status = filled == o.request().quantity() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        Order next = o.with(status, filled, o.filledValue().plus(fill.value()), "", now);
        work.put(p.with(next));
        return status == OrderStatus.FILLED
                ? new OrderEvent.Filled(next, fill)
                : new OrderEvent.PartiallyFilled(next, fill);
    }

    /** Returns the price {@code r} trades at against {@code price}, or empty when it is not marketable. */
    private Optional<Money> fillPrice(OrderRequest r, LegPrice price) {
        Side side = r.side();
        Money executable = rules.onTick(price.executable(), side);
        if (r.type() == OrderType.MARKET) {
            return Optional.of(executable);
        }
        Money limit = r.limitPrice().orElseThrow();
        if (side == Side.BUY) {
            if (executable.compareTo(limit) <= 0) {
                return Optional.of(executable);
            }
            return rules.onTick(price.ask(), Side.BUY).compareTo(limit) <= 0 ? Optional.of(limit) : Optional.empty();
        }
        if (executable.compareTo(limit) >= 0) {
            return Optional.of(executable);
        }
        return rules.onTick(price.bid(), Side.SELL).compareTo(limit) >= 0 ? Optional.of(limit) : Optional.empty();
    }
}
