package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.BasketMargin;
import io.optionsv4.core.allocation.Holding;
import io.optionsv4.core.margin.BasketLeg;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.RememberedMargins;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link BasketMargin} of the NSE SPAN-like model ({@code core.margin.MarginCalculator}): the holdings' legs are
 * grouped by underlying and each underlying's basket is margined as one, so a short call of one strategy and a long
 * call of another on the same stock offset; the total is the sum over underlyings (no offset across underlyings, as
 * at the exchange). The market of an underlying is that of its first holding (all are read from the same analysis).
 * A basket tried before (the allocator sizes a strategy by trying lot counts, then adds the one it chose) is not
 * margined again ({@link RememberedMargins}).
 */
final class NseBasketMargin implements BasketMargin {

    /** Enough for every basket one allocation tries (a few lot counts per candidate and underlying). */
    private static final int REMEMBERED = 4096;

    private final RememberedMargins margins;
    private final Map<StrategyId, StrategyLegs> legs;
    private final LocalDate asOf;

    NseBasketMargin(MarginCalculator calculator, Map<StrategyId, StrategyLegs> legs, LocalDate asOf) {
        this.margins = new RememberedMargins(Checks.notNull(calculator, "calculator"), REMEMBERED);
        this.legs = Map.copyOf(Checks.notNull(legs, "legs"));
        this.asOf = Checks.notNull(asOf, "asOf");
    }

    @Override
    public double totalMargin(List<Holding> holdings) {
        Map<String, MarginMarket> markets = new TreeMap<>();
        for (Holding h : holdings) {
            StrategyLegs l = legs(h);
            markets.merge(l.symbol(), l.market(), NseBasketMargin::earlierExpiry);
        }
        Map<String, List<BasketLeg>> bySymbol = new TreeMap<>();
        for (Holding h : holdings) {
            StrategyLegs l = legs(h);
            LocalDate first = markets.get(l.symbol()).firstExpiry();
            bySymbol.computeIfAbsent(l.symbol(), k -> new ArrayList<>()).addAll(l.basket(h.lots(), first));
        }
        double total = 0;
        for (Map.Entry<String, List<BasketLeg>> e : bySymbol.entrySet()) {
            total += margins.margin(new MarginBasket(e.getValue()), markets.get(e.getKey()), asOf)
                    .capitalRequired()
                    .rupees();
        }
        return total;
    }

    private StrategyLegs legs(Holding h) {
        StrategyLegs l = legs.get(h.candidate().id());
        if (l == null) {
            throw new IllegalArgumentException(
                    "no legs known for strategy " + h.candidate().id().value());
        }
        return l;
    }

    /** Margins one strategy lot on its own: the capital per lot the allocator sizes with, rupees. */
    double perLot(StrategyLegs l) {
        return margins.margin(new MarginBasket(l.basket()), l.market(), asOf)
                .capitalRequired()
                .rupees();
    }

    private static MarginMarket earlierExpiry(MarginMarket a, MarginMarket b) {
        return a.firstExpiry().isAfter(b.firstExpiry()) ? b : a;
    }
}
