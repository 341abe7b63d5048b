package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;

/** The app's shorthand for the one money format of {@link RupeeFormat}, with unbounded amounts as "unlimited". */
final class Rupees {

    private Rupees() {}

    /** Returns {@code rupees} as {@code ₹12,34,567.89}. */
    static String of(double rupees) {
        return RupeeFormat.format(rupees);
    }

    /** Returns {@code rupees} in whole rupees, {@code ₹12,34,568}, for wide tables. */
    static String whole(double rupees) {
        return RupeeFormat.wholeRupees(rupees);
    }

    /** Returns a finite amount as {@link #of(double)}, an unbounded one as {@code unlimited}. */
    static String of(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> of(f.rupees());
            case Amount.Unlimited u -> "unlimited";
        };
    }
}
