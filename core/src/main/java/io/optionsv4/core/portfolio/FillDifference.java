package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * One way the stored fills and the broker's trade book disagree.
 *
 * @param kind what disagrees
 * @param correlationId the order's tag
 * @param contract the contract in words
 * @param detail the stored and the broker's figures, in words
 * @param fix the stored price to replace with the broker's, where the broker's figure settles it
 */
public record FillDifference(Kind kind, String correlationId, String contract, String detail, Optional<PriceFix> fix) {

    /** Validates the components. */
    public FillDifference {
        Checks.notNull(kind, "kind");
        Checks.notBlank(correlationId, "correlationId");
        Checks.notBlank(contract, "contract");
        Checks.notBlank(detail, "detail");
        Checks.notNull(fix, "fix");
    }

    /** What disagrees. */
    public enum Kind {
        /** The store has a fill the broker's trade book of the day does not. */
        MISSING_AT_BROKER,
        /** The broker has a fill of ours the store does not (no order, or the order stored unfilled). */
        MISSING_IN_STORE,
        /** Stored and broker quantities differ. */
        QUANTITY_MISMATCH,
        /** A stored price differs from the broker's average fill price by a paisa or more. */
        PRICE_MISMATCH,
        /** A filled order or traded leg is stored at a zero (or no) price: the original's ₹0 entries. */
        ZERO_PRICE
    }
}
