package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;

/**
 * What an open leg is worth now: quoted (a book or the spread model around the close), settled (the contract expired:
 * its intrinsic value at the underlying's close on the expiry day), or unavailable with the reason. Rupees per unit.
 */
public sealed interface CurrentPrice {

    /**
     * A leg priced from the market.
     *
     * @param mid the mid of the book, or the close where the source has no book, {@code > 0}
     * @param executable what closing the leg would get: a long leg sells at the bid, a short leg buys at the ask;
     *     0 for a long leg nobody bids for
     * @param basis where the bid and ask come from
     */
    record Quoted(double mid, double executable, Basis basis) implements CurrentPrice {
        /** Validates the components. */
        public Quoted {
            Checks.positive(mid, "mid");
            Checks.nonNegative(executable, "executable");
            Checks.notNull(basis, "basis");
        }
    }

    /**
     * A leg whose contract expired: it settles at its intrinsic value.
     *
     * @param spot the underlying's close on the expiry day, {@code > 0}
     * @param value the intrinsic value per unit, {@code >= 0}
     */
    record Settled(double spot, double value) implements CurrentPrice {
        /** Validates the components. */
        public Settled {
            Checks.positive(spot, "spot");
            Checks.nonNegative(value, "value");
        }
    }

    /**
     * A leg that could not be priced.
     *
     * @param reason why, in words (e.g. the market data's message)
     */
    record Unavailable(String reason) implements CurrentPrice {
        /** Validates the reason. */
        public Unavailable {
            Checks.notBlank(reason, "reason");
        }
    }

    /** Where a quoted leg's bid and ask come from. */
    enum Basis {
        /** The source's order book. */
        BOOK,
        /** The spread model around the close (end-of-day sources). */
        MODEL
    }
}
