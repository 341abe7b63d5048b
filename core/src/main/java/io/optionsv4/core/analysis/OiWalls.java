package io.optionsv4.core.analysis;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Open-interest walls: the strikes at or below the price with the largest put open interest (supports, where put
 * writers defend) and at or above it with the largest call open interest (resistances, where call writers defend).
 * Strength = the strike's open interest over the largest open interest of that right in the chain. Stateless.
 */
public final class OiWalls {

    private OiWalls() {}

    /**
     * Returns up to {@code perSide} put walls at or below {@code price} and call walls at or above it, the largest
     * first; strikes without open interest are left out.
     *
     * @param chain the option chain
     * @param price the reference price (spot), rupees
     * @param perSide walls wanted on each side, {@code > 0}
     */
    public static List<KeyLevel> of(OptionChain chain, double price, int perSide) {
        Checks.notNull(chain, "chain");
        Checks.positive(price, "price");
        Checks.positive(perSide, "perSide");
        List<KeyLevel> walls = new ArrayList<>();
        walls.addAll(side(chain.quotes(Right.PUT), q -> q.strike() <= price, KeyLevel.Type.SUPPORT, perSide));
        walls.addAll(side(chain.quotes(Right.CALL), q -> q.strike() >= price, KeyLevel.Type.RESISTANCE, perSide));
        return walls;
    }

    private static List<KeyLevel> side(
            List<OptionQuote> quotes, Predicate<OptionQuote> onSide, KeyLevel.Type type, int n) {
        long max = quotes.stream().mapToLong(OptionQuote::openInterest).max().orElse(0);
        return quotes.stream()
                .filter(onSide)
                .filter(q -> q.openInterest() > 0)
                .sorted(Comparator.comparingLong(OptionQuote::openInterest).reversed())
                .limit(n)
                .map(q -> new KeyLevel(type, q.strike(), (double) q.openInterest() / max, KeyLevel.Source.OI_WALL))
                .toList();
    }
}
