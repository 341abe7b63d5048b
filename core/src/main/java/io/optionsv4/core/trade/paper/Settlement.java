package io.optionsv4.core.trade.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;

/**
 * An option position closed by its expiry: the held quantity settled at its intrinsic value at the underlying's
 * settlement price (long options are exercised and receive it, short options are assigned and pay it; out of the money
 * both lapse at zero).
 *
 * @param instrument the expired contract
 * @param quantity the units held at expiry, signed: positive long, negative short; not 0
 * @param underlyingPrice the underlying's settlement price (its close on the expiry day), {@code > 0}
 * @param intrinsicValue the contract's value per unit at that price, {@code >= 0}
 * @param settledAt when the paper broker booked the settlement
 * @param charges the charges booked with it (STT on exercised long options)
 */
public record Settlement(
        OptionInstrument instrument,
        int quantity,
        Money underlyingPrice,
        Money intrinsicValue,
        Instant settledAt,
        Charges charges) {

    /** Validates the components. */
    public Settlement {
        Checks.notNull(instrument, "instrument");
        Checks.nonZero(quantity, "quantity");
        Checks.notNull(underlyingPrice, "underlyingPrice");
        Checks.argument(underlyingPrice.paise() > 0, () -> "underlyingPrice must be > 0 but was " + underlyingPrice);
        Checks.notNull(intrinsicValue, "intrinsicValue");
        Checks.argument(!intrinsicValue.isNegative(), () -> "intrinsicValue must be >= 0 but was " + intrinsicValue);
        Checks.notNull(settledAt, "settledAt");
        Checks.notNull(charges, "charges");
    }

    /** Returns the cash the settlement moves: {@code quantity × intrinsic value}, received long, paid short. */
    public Money cash() {
        return intrinsicValue.times(quantity);
    }
}
