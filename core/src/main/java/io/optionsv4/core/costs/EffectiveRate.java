package io.optionsv4.core.costs;

import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One row of the rate table: a component's rate from a trade date on (until the next row of the same component).
 *
 * @param component the charge
 * @param effectiveFrom the first trade date the rate applies to
 * @param rate the rate, a fraction of the base the component names (premium, or intrinsic value)
 * @param source where the rate and date come from (circular, Finance Act, broker page and its date)
 */
public record EffectiveRate(ChargeComponent component, LocalDate effectiveFrom, Rate rate, String source) {

    /** Validates the components. */
    public EffectiveRate {
        Checks.notNull(component, "component");
        Checks.notNull(effectiveFrom, "effectiveFrom");
        Checks.notNull(rate, "rate");
        Checks.notBlank(source, "source");
    }
}
