package io.optionsv4.core.margin;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link MarginCalculator} that remembers its last figures by their inputs: a margin asked again for an equal basket
 * (the same legs in the same order, compared component by component as records are), an equal market and the same
 * day is returned from memory instead of repricing the 16 scan scenarios. The calculator is a pure function of those
 * inputs, so a remembered figure is the very figure a new calculation would give. Callers that margin the same
 * portfolio many times (a paper broker checks the funds of the portfolio before and after every order and every price
 * change of an exit; the allocator sizes a strategy by trying lot counts and then adds the count it chose) do the
 * work once.
 *
 * <p>At most {@code capacity} figures are kept, the least recently used dropped first. Thread-safe (calls are
 * serialised; a calculation takes microseconds).
 */
public final class RememberedMargins {

    private final MarginCalculator calculator;
    private final Map<Key, MarginRequirement> remembered;

    private record Key(MarginBasket basket, MarginMarket market, LocalDate asOf) {}

    /**
     * Returns a memory of at most {@code capacity} ({@code > 0}) figures of {@code calculator}.
     *
     * @throws IllegalArgumentException when {@code calculator} is null or {@code capacity} is not positive
     */
    public RememberedMargins(MarginCalculator calculator, int capacity) {
        this.calculator = Checks.notNull(calculator, "calculator");
        Checks.positive(capacity, "capacity");
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, MarginRequirement> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns the calculator the figures come from. */
    public MarginCalculator calculator() {
        return calculator;
    }

    /**
     * Returns {@link MarginCalculator#margin calculator.margin(basket, market, asOf)}, from memory when the same
     * inputs were margined before.
     *
     * @throws IllegalArgumentException as {@link MarginCalculator#margin} does (nothing is remembered then)
     */
    public synchronized MarginRequirement margin(MarginBasket basket, MarginMarket market, LocalDate asOf) {
        Key key = new Key(Checks.notNull(basket, "basket"), Checks.notNull(market, "market"), asOf);
        MarginRequirement known = remembered.get(key);
        if (known != null) {
            return known;
        }
        MarginRequirement computed = calculator.margin(basket, market, asOf);
        remembered.put(key, computed);
        return computed;
    }

    /** Returns how many figures are remembered now. */
    public synchronized int size() {
        return remembered.size();
    }
}
