package io.optionsv4.core.costs;

import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * The round trip of a strategy costed at one settlement spot of the underlying at its (first) expiry: every option leg
 * closed by orders on the expiry day at its value there, and, when every leg expires then, held to expiry instead.
 *
 * @param spot the underlying at the (first) expiry, rupees
 * @param closed entry plus every option leg closed by orders on the expiry day
 * @param settled entry plus settlement at expiry (exercise STT on in-the-money long legs), or empty when a leg
 *     expires later (calendars, diagonals)
 */
public record ExitCosts(double spot, RoundTripCosts closed, Optional<RoundTripCosts> settled) {

    /** Validates the components. */
    public ExitCosts {
        Checks.positive(spot, "spot");
        Checks.notNull(closed, "closed");
        Checks.notNull(settled, "settled");
    }

    /** Returns the cheaper of closing and settling: the exit a trader would choose at this spot. */
    public RoundTripCosts cheaper() {
        return settled.filter(s -> s.total().compareTo(closed.total()) < 0).orElse(closed);
    }
}
