package io.optionsv4.core.margin;

import io.optionsv4.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A port to a broker's margin calculator: what a basket of option orders on one underlying needs as margin. The local
 * {@link MarginCalculator} needs no port; this one is asked only where a broker is configured ({@code --data dhan}).
 * Implementations may do I/O and throw the adapter's unchecked exceptions.
 */
public interface MarginSource {

    /** Returns the source's short name for output, e.g. {@code "dhan"}. */
    String name();

    /**
     * Returns the total margin the broker blocks for {@code orders} on {@code symbol}, rupees exact to the paisa.
     *
     * @param symbol the underlying, e.g. {@code NIFTY}
     * @param asOf the trading day
     * @param orders the basket's orders, at least one
     */
    Money margin(String symbol, LocalDate asOf, List<MarginOrder> orders);
}
