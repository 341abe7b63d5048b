package io.optionsv4.core.exit;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One executed leg as the books hold it: what was filled at entry and what of it is closed.
 *
 * @param legIndex the leg's index in the strategy
 * @param side long or short
 * @param right call or put
 * @param strike the strike
 * @param expiry the expiry
 * @param lots lots filled at entry
 * @param constructedLots the leg's lots in the stored strategy (the plan's rupee levels are for these)
 * @param quantity units filled at entry
 * @param closedQuantity units closed since
 * @param entryValue quantity × entry prices, exact
 * @param exitValue closed quantity × exit prices, exact
 * @param impliedVol the leg's implied volatility in the analysis (annual, decimal)
 */
public record HeldLeg(
        int legIndex,
        Side side,
        Right right,
        double strike,
        LocalDate expiry,
        int lots,
        int constructedLots,
        int quantity,
        int closedQuantity,
        Money entryValue,
        Money exitValue,
        double impliedVol) {

    /** Validates the leg. */
    public HeldLeg {
        Checks.notNull(side, "side");
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.notNull(expiry, "expiry");
        Checks.positive(lots, "lots");
        Checks.positive(constructedLots, "constructedLots");
        Checks.positive(quantity, "quantity");
        Checks.argument(
                closedQuantity >= 0 && closedQuantity <= quantity,
                "closed quantity " + closedQuantity + " of leg " + legIndex + " is outside 0.." + quantity);
        Checks.notNull(entryValue, "entryValue");
        Checks.notNull(exitValue, "exitValue");
        Checks.positive(impliedVol, "impliedVol");
    }

    /** Returns the units still open. */
    public int openQuantity() {
        return quantity - closedQuantity;
    }

    /** Returns the average entry price per unit, rupees. */
    public double entryPrice() {
        return entryValue.rupees() / quantity;
    }

    /** Returns the gross P&amp;L realised on the closed units, rupees. */
    public double realisedRupees() {
        double entryPart = entryValue.rupees() * closedQuantity / quantity;
        return side.sign() * (exitValue.rupees() - entryPart);
    }

    /**
     * Returns this leg with {@code other}, a second trade of the same leg (partial entry fills booked apart), added:
     * lots, quantities and values summed.
     */
    public HeldLeg plus(HeldLeg other) {
        return new HeldLeg(
                legIndex,
                side,
                right,
                strike,
                expiry,
                lots + other.lots,
                constructedLots,
                quantity + other.quantity,
                closedQuantity + other.closedQuantity,
                entryValue.plus(other.entryValue),
                exitValue.plus(other.exitValue),
                impliedVol);
    }
}
