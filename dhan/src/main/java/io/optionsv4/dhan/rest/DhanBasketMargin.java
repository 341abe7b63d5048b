package io.optionsv4.dhan.rest;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * What Dhan blocks for a basket of orders, and how the figure was obtained.
 *
 * @param total the margin of the basket, rupees exact to the paisa
 * @param hedgeBenefit what the basket saves against its legs alone, when Dhan's basket calculator said so
 * @param method where the figure comes from
 */
public record DhanBasketMargin(Money total, Optional<Money> hedgeBenefit, Method method) {

    /** Where a basket's margin comes from. */
    public enum Method {
        /** Dhan's basket calculator, {@code POST /margincalculator/multi}: the legs netted, hedges counted. */
        BASKET,
        /**
         * The sum of Dhan's single-order margins ({@code POST /margincalculator} per leg): no hedge benefit, an upper
         * bound for spreads. Used only when the basket calculator failed, with a warning.
         */
        SUM_OF_LEGS
    }

    /** Validates the components. */
    public DhanBasketMargin {
        Checks.notNull(total, "total");
        Checks.notNull(hedgeBenefit, "hedgeBenefit");
        Checks.notNull(method, "method");
    }
}
