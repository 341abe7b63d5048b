package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.StrategyLeg;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pre-trade checks of a strategy, each reported pass, fail or waived: market hours (NSE's 09:15-15:30 session on
 * a trading day), lot rules (the contract's lot from the reference data, the lots-per-order limit), each leg's quote
 * (both sides quoted, not crossed, the mid within the drift limit of the analysed premium), the quotes' age, the
 * number of open strategies, the strategy's maximum loss against a fraction of the funds, and the broker's basket
 * margin plus the entry charges against the available funds. Not thread-safe (one execution thread).
 */
final class PreTradeChecks {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final LocalTime OPEN = LocalTime.of(9, 15);
    private static final LocalTime CLOSE = LocalTime.of(15, 30);

    private final ExecutionService.Context context;

    PreTradeChecks(ExecutionService.Context context) {
        this.context = context;
    }

    /** Previews {@code s} as attempt {@code attempt} with {@code open} strategies open besides it. */
    StrategyPreview preview(MarkedStrategy s, int attempt, int open) {
        List<Check> checks = new ArrayList<>();
        checks.add(marketHours());
        List<LegTicket> legs = tickets(s, checks);
        checks.add(lots(s, legs));
        checks.add(quoteAge(legs));
        checks.add(Check.of(
                "open strategies",
                open + 1 <= context.settings().limits().maxOpenStrategies(),
                (open + 1) + " with this one, limit "
                        + context.settings().limits().maxOpenStrategies()));
        Optional<Funds> funds = funds(checks);
        checks.add(maxLoss(s, funds));
        Money premium = Money.ZERO;
        Money charges = Money.ZERO;
        Optional<Money> margin = Optional.empty();
        boolean priced = legs.stream().allMatch(l -> l.limit().isPresent() && l.lotSize() > 0);
        if (priced) {
            premium = netPremium(legs);
            charges = charges(legs);
            margin = margin(s, attempt, legs, checks);
        }
        checks.add(fundsAndMargin(priced, margin, charges, funds));
        return new StrategyPreview(s, attempt, legs, margin, premium, charges, checks);
    }

    /** Returns the strategy's legs in sending order: buys (hedges) first, then sells, each by leg index. */
    static List<StrategyLeg> sendingOrder(MarkedStrategy s) {
        return s.legs().stream()
                .sorted(Comparator.comparing((StrategyLeg l) -> l.side() == Side.BUY ? 0 : 1)
                        .thenComparing(StrategyLeg::legIndex))
                .toList();
    }

    private List<LegTicket> tickets(MarkedStrategy s, List<Check> checks) {
        List<LegTicket> legs = new ArrayList<>();
        for (StrategyLeg leg : sendingOrder(s)) {
            var instrument = leg.instrument(s.symbol());
            int lots = leg.lots() * s.lots();
            int lotSize = context.quotes().lotSize(instrument).orElse(0);
            String name = "price leg " + leg.legIndex() + " (" + leg.side() + " " + instrument.displayName() + ")";
            Optional<LegQuote> quote;
            try {
                quote = Optional.of(context.quotes().quote(instrument));
            } catch (MarketDataException e) {
                checks.add(Check.fail(name, "no quote: " + e.getMessage()));
                legs.add(new LegTicket(leg, instrument, lots, lotSize, Optional.empty(), Optional.empty(), empty()));
                continue;
            }
            LegQuote q = quote.get();
            Check price = price(name, leg, q);
            checks.add(price);
            Optional<Money> limit = price.verdict().allows()
                    ? Optional.of(context.settings().entry().first(leg.side(), q))
                    : Optional.empty();
            Optional<Money> farthest = limit.map(l -> context.settings().entry().farthest(leg.side(), l));
            legs.add(new LegTicket(leg, instrument, lots, lotSize, quote, limit, farthest));
        }
        return legs;
    }

    private Check price(String name, StrategyLeg leg, LegQuote q) {
        String book =
                "bid " + q.bid() + " ask " + q.ask() + " (" + q.source().name().toLowerCase(Locale.ROOT) + ")";
        if (q.crossed()) {
            return Check.fail(name, "crossed quote: " + book);
        }
        Money side = leg.side() == Side.BUY ? q.ask() : q.bid();
        if (side.paise() <= 0) {
            return Check.fail(name, "no " + (leg.side() == Side.BUY ? "ask" : "bid") + " to trade at: " + book);
        }
        if (!q.sound()) {
            return Check.fail(name, "one-sided quote: " + book);
        }
        if (leg.premiumPerUnit() <= 0) {
            return Check.pass(name, book + "; no analysed premium to compare");
        }
        double drift = Math.abs(q.midRupees() - leg.premiumPerUnit()) / leg.premiumPerUnit();
        double limit = context.settings().limits().maxPriceDrift();
        return Check.of(
                name,
                drift <= limit,
                String.format(
                        Locale.ROOT,
                        "%s; mid %.2f vs analysed %.2f: %.1f%% drift (limit %.0f%%)",
                        book,
                        q.midRupees(),
                        leg.premiumPerUnit(),
                        drift * 100,
                        limit * 100));
    }

    private Check marketHours() {
        ZonedDateTime now = context.clock().instant().atZone(INDIA);
        boolean day = context.reference().calendar().isPlannedTradingDay(now.toLocalDate());
        LocalTime t = now.toLocalTime();
        boolean open = day && !t.isBefore(OPEN) && t.isBefore(CLOSE);
        String detail = now.toLocalDate() + " " + t.withNano(0) + " IST, "
                + (day ? "a trading day, session 09:15-15:30" : "not a trading day");
        if (context.settings().ignoreMarketHours()) {
            return new Check("market hours", Verdict.WAIVED, detail + " (ignored for paper trading)");
        }
        return Check.of("market hours", open, detail);
    }

    private Check lots(MarkedStrategy s, List<LegTicket> legs) {
        int max = context.settings().limits().maxLotsPerOrder();
        List<String> problems = new ArrayList<>();
        for (LegTicket l : legs) {
            if (l.lotSize() == 0) {
                problems.add("leg " + l.leg().legIndex() + ": no lot size known for "
                        + l.instrument().displayName());
            } else if (l.lots() > max) {
                problems.add("leg " + l.leg().legIndex() + ": " + l.lots() + " lots above the limit of " + max);
            }
        }
        String lots = legs.stream()
                .map(l -> l.lots() + "x" + l.lotSize())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return Check.of(
                "lots",
                problems.isEmpty(),
                problems.isEmpty()
                        ? s.lots() + " strategy lot(s); legs " + lots + " units, at most " + max + " lots per order"
                        : String.join("; ", problems));
    }

    private Check quoteAge(List<LegTicket> legs) {
        Instant now = context.clock().instant();
        Optional<Instant> oldest = legs.stream()
                .flatMap(l -> l.quote().stream())
                .map(LegQuote::asOf)
                .min(Comparator.naturalOrder());
        if (oldest.isEmpty()) {
            return Check.fail("quote age", "no quotes");
        }
        Duration age = Duration.between(oldest.get(), now);
        Duration max = context.settings().maxQuoteAge();
        String detail = "oldest quote " + age.toSeconds() + " s old, limit " + max.toSeconds() + " s";
        if (context.settings().ignoreMarketHours()) {
            return new Check("quote age", Verdict.WAIVED, detail + " (recorded data, ignored for paper trading)");
        }
        return Check.of("quote age", age.compareTo(max) <= 0 && !age.isNegative(), detail);
    }

    private Optional<Funds> funds(List<Check> checks) {
        try {
            return Optional.of(context.broker().funds());
        } catch (BrokerException e) {
            checks.add(Check.fail("funds", "the broker did not report funds: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Check maxLoss(MarkedStrategy s, Optional<Funds> funds) {
        if (funds.isEmpty()) {
            return Check.fail("max loss", "no funds to compare with");
        }
        Money base = funds.get()
                .startOfDay()
                .max(funds.get().available().plus(funds.get().utilized()));
        Money limit = Money.ofRupees(base.rupees() * context.settings().limits().maxLossFraction(), RoundingMode.DOWN);
        String of = String.format(
                Locale.ROOT,
                "limit %s (%.0f%% of the account's funds %s)",
                limit,
                context.settings().limits().maxLossFraction() * 100,
                base);
        if (s.maxLoss().isPresent()) {
            Money loss = s.maxLoss().get();
            return Check.of("max loss", loss.compareTo(limit) <= 0, "max loss " + loss + ", " + of);
        }
        if (s.stopLoss().isPresent()) {
            Money loss = s.stopLoss().get();
            return Check.of(
                    "max loss", loss.compareTo(limit) <= 0, "unlimited; at the plan's stop " + loss + ", " + of);
        }
        return Check.fail("max loss", "unlimited, and no exit plan stop from an allocation; " + of);
    }

    private Optional<Money> margin(MarkedStrategy s, int attempt, List<LegTicket> legs, List<Check> checks) {
        List<OrderRequest> basket = new ArrayList<>();
        for (LegTicket l : legs) {
            basket.add(OrderRequest.limit(
                    CorrelationId.of(
                            context.store().namespace(), s.strategyId(), l.leg().legIndex(), Purpose.ENTRY, attempt),
                    l.instrument(),
                    l.side(),
                    l.quantity(),
                    l.lotSize(),
                    l.limit().orElseThrow()));
        }
        try {
            return Optional.of(context.broker().margin(basket));
        } catch (BrokerException e) {
            checks.add(Check.fail("margin", "the broker did not answer the basket margin: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Check fundsAndMargin(boolean priced, Optional<Money> margin, Money charges, Optional<Funds> funds) {
        if (!priced || margin.isEmpty() || funds.isEmpty()) {
            return Check.fail("funds and margin", "cannot be checked without prices, the margin and the funds");
        }
        Money needed = margin.get().plus(charges);
        Money available = funds.get().available();
        return Check.of(
                "funds and margin",
                needed.compareTo(available) <= 0,
                "margin " + margin.get() + " + charges " + charges + " = " + needed + " needed, " + available
                        + " available");
    }

    private static Money netPremium(List<LegTicket> legs) {
        Money net = Money.ZERO;
        for (LegTicket l : legs) {
            Money value = l.limit().orElseThrow().times(l.quantity());
            net = l.side() == Side.SELL ? net.plus(value) : net.minus(value);
        }
        return net;
    }

    private Money charges(List<LegTicket> legs) {
        List<OptionOrder> orders = new ArrayList<>();
        for (LegTicket l : legs) {
            orders.add(new OptionOrder(
                    context.today(), l.side(), l.limit().orElseThrow().rupees(), l.quantity()));
        }
        return context.costs().contractNote(context.today(), orders, List.of()).total();
    }

    private static Optional<Money> empty() {
        return Optional.empty();
    }
}
