package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.paper.PaperOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a paper account refuses an order at one moment of a {@link PaperStep}: not an NSE option, market closed,
 * expired or unlisted contract, no quote, quantity off the lot size or above the freeze quantity, no cost rates for
 * the day, limit price off the tick, a market order on an unpriceable book, or too little cash for the portfolio that
 * results when every open order fills. Each reason is a sentence for the order's {@code REJECTED} status. Reads the
 * step's working book and market; changes nothing. Not thread-safe.
 */
final class OrderRefusals {

    private final PaperRules rules;
    private final AccountBook work;
    private final MarketView market;
    private final Instant now;
    private final PortfolioFunds funds;

    /**
     * Returns the refusals of {@code work} against {@code market} at {@code now}.
     *
     * @param rules the account's fixed rules
     * @param work the account's book with the step's changes
     * @param market the market of the moment
     * @param now the time of the step
     * @param funds the funds view of the same book, market and time
     */
    OrderRefusals(PaperRules rules, AccountBook work, MarketView market, Instant now, PortfolioFunds funds) {
        this.rules = rules;
        this.work = work;
        this.market = market;
        this.now = now;
        this.funds = funds;
    }

    /** Returns why a new order is refused, or empty when it is accepted. */
    Optional<String> refusal(Order order) {
        OrderRequest r = order.request();
        if (!(r.instrument() instanceof OptionInstrument c)) {
            return Optional.of("the paper broker trades NSE options only, not "
                    + r.instrument().displayName());
        }
        if (!rules.hours().open(now)) {
            return Optional.of(rules.hours().closedReason(now));
        }
        if (MarketHours.expired(c.expiry(), now)) {
            return Optional.of(c.displayName() + " expired on " + c.expiry());
        }
        MarketView.Lookup lookup = market.find(c);
        if (!(lookup instanceof MarketView.Found found)) {
            return Optional.of(((MarketView.Missing) lookup).reason());
        }
        return quantityRefusal(r, c, found)
                .or(() -> priceRefusal(r, c, found))
                .or(() -> shortfall(order, Optional.empty()));
    }

    /** Returns why the quantity of {@code r} is refused: off the contract's lot size or above its freeze quantity. */
    private Optional<String> quantityRefusal(OrderRequest r, OptionInstrument c, MarketView.Found found) {
        OptionalInt lot = found.lotSize();
        if (lot.isPresent() && (r.lotSize() != lot.getAsInt() || r.quantity() % lot.getAsInt() != 0)) {
            return Optional.of("quantity " + r.quantity() + " of " + c.displayName()
                    + " is not a multiple of its lot size " + lot.getAsInt());
        }
        OptionalInt freeze = rules.settings().freezeQuantities().maxQuantity(c.symbol(), market.today());
        if (freeze.isPresent() && r.quantity() > freeze.getAsInt()) {
            return Optional.of("quantity " + r.quantity() + " of " + c.displayName()
                    + " is above the freeze quantity " + freeze.getAsInt() + " of " + c.symbol()
                    + ": slice the order");
        }
        return Optional.empty();
    }

    /** Returns why {@code r} cannot be priced: no cost rates today, limit off the tick, market order on a bad book. */
    private Optional<String> priceRefusal(OrderRequest r, OptionInstrument c, MarketView.Found found) {
        if (!rules.dayCharges().covers(market.today())) {
            return Optional.of("the cost rate table has no rates for " + market.today());
        }
        long tickPaise = rules.tickPaise();
        if (r.limitPrice().isPresent() && r.limitPrice().get().paise() % tickPaise != 0) {
            return Optional.of("limit price " + r.limitPrice().get() + " of " + c.displayName()
                    + " is not a multiple of the tick " + Money.ofPaise(tickPaise));
        }
        if (r.type() == OrderType.MARKET && market.price(found, r.side(), r.lotSize()) instanceof BadPrice bad) {
            return Optional.of("no market price to trade " + c.displayName() + " at: " + bad.message());
        }
        return Optional.empty();
    }

    /**
     * Returns why the account cannot carry {@code order} (new, or replacing {@code replaced}): the funds needed by the
     * portfolio when every open order fills, plus the order's charges if it fills, exceed the cash.
     */
    Optional<String> shortfall(Order order, Optional<Order> replaced) {
        List<Order> open = new ArrayList<>();
        for (PaperOrder p : work.openOrders()) {
            if (replaced.isEmpty() || !p.orderId().equals(replaced.get().orderId())) {
                open.add(p.order());
            }
        }
        List<Order> before = new ArrayList<>(open);
        replaced.ifPresent(before::add);
        List<Order> after = new ArrayList<>(open);
        after.add(order);
        Money utilizedBefore = funds.utilized(before);
        Money utilizedAfter = funds.utilized(after);
        Money charges = funds.estimatedCharges(order);
        Money needed = utilizedAfter.minus(utilizedBefore).plus(charges);
        Money available = work.cash().minus(utilizedBefore);
        if (needed.paise() <= 0 || needed.compareTo(available) <= 0) {
            return Optional.empty();
        }
        boolean margin = funds.spanAndExposure(after).compareTo(funds.spanAndExposure(before)) > 0;
        return Optional.of("insufficient " + (margin ? "margin" : "funds") + ": "
                + order.request().side() + " " + order.request().quantity() + " "
                + order.request().instrument().displayName() + " needs " + needed.minus(charges)
                + " more (premium and margin of the resulting portfolio) plus " + charges
                + " charges, but " + available + " is available");
    }
}
