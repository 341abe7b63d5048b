package io.optionsv4.engine.paper;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.PaperOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a paper account shows at one moment of a {@link PaperStep}: its orders, today's fills, its positions, its
 * funds and the margin of a basket, read from the account's book (with the step's changes) against the market of the
 * moment. Changes nothing. Not thread-safe.
 */
final class AccountView {

    private final PaperRules rules;
    private final AccountBook work;
    private final MarketView market;
    private final PortfolioFunds funds;

    /**
     * Returns the view of {@code work} against {@code market}.
     *
     * @param rules the account's fixed rules
     * @param work the account's book with the step's changes
     * @param market the market of the moment
     * @param funds the funds view of the same book and market
     */
    AccountView(PaperRules rules, AccountBook work, MarketView market, PortfolioFunds funds) {
        this.rules = rules;
        this.work = work;
        this.market = market;
        this.funds = funds;
    }

    /** Returns the order {@code orderId}, if the account has it. */
    Optional<Order> order(String orderId) {
        return work.order(orderId).map(PaperOrder::order);
    }

    /** Returns the order {@code correlationId} names, if the account has it. */
    Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        return work.orderByCorrelationId(correlationId).map(PaperOrder::order);
    }

    /** Returns the orders placed today (the date in India) and any order still open, in placement order. */
    List<Order> orders() {
        return work.placedOnOrOpen(market.today()).stream()
                .map(PaperOrder::order)
                .toList();
    }

    /** Returns today's fills (the date in India), in trade order. */
    List<Fill> trades() {
        return work.fillsOn(market.today()).stream().map(BookedFill::fill).toList();
    }

    /** Returns the open positions and those closed today (see {@link PaperBroker#positions()}). */
    List<Position> positions() {
        List<Position> positions = new ArrayList<>();
        work.heldOrTradedOn(market.today())
                .forEach((instrument, t) -> positions.add(
                        new Position(instrument, t.buyQuantity(), t.buyValue(), t.sellQuantity(), t.sellValue())));
        return positions;
    }

    /** Returns the account's funds (see {@link PaperBroker#funds()}). */
    Funds funds() {
        Money cash = work.cash();
        Money utilized =
                funds.utilized(work.openOrders().stream().map(PaperOrder::order).toList());
        Money available = cash.minus(utilized);
        Money withdrawable = available.min(cash).max(Money.ZERO);
        return new Funds(available, utilized, work.cashBefore(market.today()), withdrawable);
    }

    /** Returns the margin of {@code basket} on its own (see {@link PaperBroker#margin(List)}). */
    Money margin(List<OrderRequest> basket) {
        List<AccountMargin.Holding> holdings = new ArrayList<>(basket.size());
        for (OrderRequest r : basket) {
            Checks.notNull(r, "basket order");
            if (!(r.instrument() instanceof OptionInstrument c)) {
                throw new BrokerException(
                        BrokerException.Kind.INVALID,
                        "the paper broker margins NSE options only, not "
                                + r.instrument().displayName());
            }
            MarketView.Lookup lookup = market.find(c);
            if (!(lookup instanceof MarketView.Found found)) {
                throw new BrokerException(BrokerException.Kind.INVALID, ((MarketView.Missing) lookup).reason());
            }
            Money price =
                    r.limitPrice().orElseGet(() -> funds.executable(found, r).orElse(Money.ZERO));
            holdings.add(
                    new AccountMargin.Holding(c, r.side().sign() * r.quantity(), OptionalDouble.of(price.rupees())));
        }
        return holdings.isEmpty() ? Money.ZERO : rules.margins().total(holdings, market);
    }
}
