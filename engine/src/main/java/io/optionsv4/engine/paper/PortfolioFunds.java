package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The funds a paper account's portfolio blocks at one moment of a {@link PaperStep}: SPAN + exposure margin of the
 * positions and open orders, the premium of the open orders at their expected prices, and the charges an order would
 * cost if it filled. Reads the account's book (the positions held, the open orders, the fills of the day) and the
 * market; changes nothing. Not thread-safe.
 */
final class PortfolioFunds {

    private final PaperRules rules;
    private final AccountBook work;
    private final MarketView market;
    private final Instant now;
    private final Map<List<Map.Entry<OptionInstrument, Integer>>, Money> margins = new HashMap<>();

    /**
     * Returns the funds view of {@code work} against {@code market} at {@code now}.
     *
     * @param rules the account's fixed rules
     * @param work the account's book with the step's changes
     * @param market the market of the moment
     * @param now the time of the step
     */
    PortfolioFunds(PaperRules rules, AccountBook work, MarketView market, Instant now) {
        this.rules = rules;
        this.work = work;
        this.market = market;
        this.now = now;
    }

    /**
     * Returns the funds the account's portfolio blocks when every order of {@code open} fills: SPAN + exposure of
     * the positions and the open orders, plus the premium of the buy orders less that of the sell orders, at least
     * 0.
     */
    Money utilized(List<Order> open) {
        Money premium = Money.ZERO;
        for (Order o : open) {
            Money price = orderPrice(o).orElse(Money.ZERO);
            Money value = price.times(o.remainingQuantity());
            premium = o.request().side() == Side.BUY ? premium.plus(value) : premium.minus(value);
        }
        return spanAndExposure(open).plus(premium).max(Money.ZERO);
    }

    /**
     * Returns SPAN + exposure margin of the unexpired positions and the unexpired orders of {@code open}; the same
     * units margined again in this step (a check compares the portfolio before and after an order, and a price change
     * leaves the units as they were) are not margined again.
     */
    Money spanAndExposure(List<Order> open) {
        Map<OptionInstrument, Integer> units = new LinkedHashMap<>();
        work.held().forEach((instrument, t) -> {
            if (instrument instanceof OptionInstrument c && !MarketHours.expired(c.expiry(), now)) {
                units.merge(c, t.net(), Integer::sum);
            }
        });
        for (Order o : open) {
            if (o.request().instrument() instanceof OptionInstrument c && !MarketHours.expired(c.expiry(), now)) {
                units.merge(c, o.request().side().sign() * o.remainingQuantity(), Integer::sum);
            }
        }
        // in order: the same units in another order could differ in the last bit of a sum
        List<Map.Entry<OptionInstrument, Integer>> key = units.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
        Money known = margins.get(key);
        if (known != null) {
            return known;
        }
        List<AccountMargin.Holding> holdings = new ArrayList<>();
        units.forEach((c, u) -> {
            if (u != 0) {
                holdings.add(new AccountMargin.Holding(c, u, OptionalDouble.empty()));
            }
        });
        Money margin = holdings.isEmpty() ? Money.ZERO : rules.margins().spanAndExposure(holdings, market);
        margins.put(key, margin);
        return margin;
    }

    /** Returns the charges of {@code order}'s remaining quantity if it filled at its expected price. */
    Money estimatedCharges(Order order) {
        OrderRequest r = order.request();
        Optional<Money> price = orderPrice(order);
        if (price.isEmpty() || price.get().paise() <= 0 || order.remainingQuantity() <= 0) {
            return Money.ZERO;
        }
        Fill estimate = new Fill(
                "estimate",
                order.orderId(),
                r.correlationId(),
                r.instrument(),
                r.side(),
                order.remainingQuantity(),
                price.get(),
                now);
        LocalDate day = MarketHours.date(now);
        return rules.dayCharges()
                .forFill(estimate, work.fillsOn(day), work.settlementsOf(day))
                .total();
    }

    /** Returns the price an open order is expected to trade at: its limit, or a market order's executable price. */
    Optional<Money> orderPrice(Order o) {
        OrderRequest r = o.request();
        if (r.limitPrice().isPresent()) {
            return r.limitPrice();
        }
        if (r.instrument() instanceof OptionInstrument c && market.find(c) instanceof MarketView.Found found) {
            return executable(found, r);
        }
        return Optional.empty();
    }

    /** Returns the executable price of {@code r} against {@code found} on the tick, or empty when it has none. */
    Optional<Money> executable(MarketView.Found found, OrderRequest r) {
        LegPricing pricing = market.price(found, r.side(), r.lotSize());
        return pricing instanceof LegPrice price
                ? Optional.of(rules.onTick(price.executable(), r.side()))
                : Optional.empty();
    }
}
