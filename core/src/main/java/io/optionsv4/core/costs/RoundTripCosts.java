package io.optionsv4.core.costs;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * The costs of a strategy from entry to exit: the entry contract note (every leg opened) and the closing one, either
 * the legs closed at exit prices or settled at expiry (exercise STT on in-the-money long legs, nothing on legs expiring
 * worthless).
 *
 * @param entry the contract note of the day the legs were opened
 * @param exit the contract note of the day the legs were closed or settled
 * @param settledAtExpiry true when {@code exit} is the settlement at expiry, false when the legs were closed by orders
 */
public record RoundTripCosts(ContractNote entry, ContractNote exit, boolean settledAtExpiry) {

    /** Validates the components. */
    public RoundTripCosts {
        Checks.notNull(entry, "entry");
        Checks.notNull(exit, "exit");
    }

    /** Returns the component-wise sum of both notes. */
    public Charges charges() {
        return entry.charges().plus(exit.charges());
    }

    /** Returns the total cost of the round trip. */
    public Money total() {
        return entry.total().plus(exit.total());
    }
}
