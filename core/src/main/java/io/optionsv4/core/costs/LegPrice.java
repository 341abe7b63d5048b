package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;

/**
 * The prices of one leg: the reference (mid, or the close where there is no book), the bid and ask (quoted or
 * modelled) and the executable price of the leg's side: a buy at the ask plus slippage, a sell at the bid minus
 * slippage. Rupees per unit.
 *
 * @param contract the contract in words
 * @param side buy or sell
 * @param reference the mid or the close, {@code > 0}
 * @param bid the best (or modelled) bid, {@code > 0} for a sell
 * @param ask the best (or modelled) ask, {@code >= bid}
 * @param source quoted book or spread model
 * @param executable what the leg is traded at, {@code > 0}; at or above {@code reference} for a buy, at or below it for
 *     a sell
 */
public record LegPrice(
        String contract, Side side, double reference, double bid, double ask, PriceSource source, double executable)
        implements LegPricing {
    /** Validates the components and the side of the executable price. */
    public LegPrice {
        Checks.notBlank(contract, "contract");
        Checks.notNull(side, "side");
        Checks.positive(reference, "reference");
        Checks.nonNegative(bid, "bid");
        Checks.argument(ask >= bid, contract + ": ask " + ask + " must not be below bid " + bid);
        Checks.notNull(source, "source");
        Checks.positive(executable, "executable");
        Checks.argument(
                side == Side.BUY ? executable >= reference : executable <= reference,
                contract + ": executable " + executable + " is on the wrong side of the reference " + reference
                        + " for a " + side);
    }

    /** Returns a leg traded at its reference price, without spread or slippage ({@link PriceSource#REFERENCE}). */
    public static LegPrice atReference(String contract, Side side, double reference) {
        return new LegPrice(contract, side, reference, reference, reference, PriceSource.REFERENCE, reference);
    }

    /** Returns what the executable price costs over the reference per unit, {@code >= 0}. */
    public double costPerUnit() {
        return side == Side.BUY ? executable - reference : reference - executable;
    }
}
