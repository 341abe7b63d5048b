package io.optionsv4.engine.monitor;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.result.Checks;

/**
 * One open option leg of a strategy, as filled.
 *
 * @param legIndex the leg's index in the strategy
 * @param instrument the option
 * @param side long (bought) or short (sold)
 * @param quantity units still open, {@code > 0}
 * @param entryPrice the average fill price per unit, rupees
 * @param impliedVol the leg's implied volatility at entry (annual, decimal), for the position's Greeks
 * @param physicallySettled true for stock options
 */
public record OpenLeg(
        int legIndex,
        FeedInstrument.Option instrument,
        Side side,
        int quantity,
        double entryPrice,
        double impliedVol,
        boolean physicallySettled) {

    /** Validates the leg. */
    public OpenLeg {
        Checks.argument(legIndex >= 0, "legIndex must be >= 0 but was " + legIndex);
        Checks.notNull(instrument, "instrument");
        Checks.notNull(side, "side");
        Checks.positive(quantity, "quantity");
        Checks.positive(entryPrice, "entryPrice");
        Checks.positive(impliedVol, "impliedVol");
    }

    /** Returns the contract for messages, e.g. {@code NIFTY 2026-12-29 22500.0 CALL}. */
    public String description() {
        return instrument.underlying() + " " + instrument.expiry() + " " + instrument.strike() + " "
                + instrument.right();
    }
}
