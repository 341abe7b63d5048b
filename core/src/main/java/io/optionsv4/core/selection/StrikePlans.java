package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.StrikePlan.Role.ATM;
import static io.optionsv4.core.selection.StrikePlan.Role.BROKEN_WING_WIDE;
import static io.optionsv4.core.selection.StrikePlan.Role.BUTTERFLY_WING;
import static io.optionsv4.core.selection.StrikePlan.Role.CREDIT_SHORT;
import static io.optionsv4.core.selection.StrikePlan.Role.DIRECTIONAL_LONG;
import static io.optionsv4.core.selection.StrikePlan.Role.DIRECTIONAL_SHORT;
import static io.optionsv4.core.selection.StrikePlan.Role.INCOME_SHORT;
import static io.optionsv4.core.selection.StrikePlan.Role.LONG_WING;
import static io.optionsv4.core.selection.StrikePlan.Role.RATIO_SHORT;
import static io.optionsv4.core.selection.StrikePlan.Role.STRANGLE_LONG;

import io.optionsv4.core.selection.StrikePlan.Role;
import io.optionsv4.core.selection.StrikePlan.Step;
import java.util.Map;
import java.util.Optional;

/**
 * The strike plan of every strategy of {@code core.strategy.StrategyRegistry}, by its registered name. Calls sit above
 * the spot and puts below; wings hang on the strike they protect; butterfly bodies are at the money.
 */
final class StrikePlans {

    private static final int UP = 1;
    private static final int DOWN = -1;
    private static final int SPOT = 0;

    private static final StrikePlan SINGLE_CALL = StrikePlan.of(step(1, SPOT, UP, DIRECTIONAL_LONG));
    private static final StrikePlan SINGLE_PUT = StrikePlan.of(step(1, SPOT, DOWN, DIRECTIONAL_LONG));
    private static final StrikePlan AT_THE_MONEY = StrikePlan.of(step(1, SPOT, UP, ATM));
    private static final StrikePlan BUTTERFLY =
            StrikePlan.of(step(2, SPOT, UP, ATM), step(1, 2, DOWN, BUTTERFLY_WING), step(3, 2, UP, BUTTERFLY_WING));

    private static final Map<String, StrikePlan> PLANS = Map.ofEntries(
            Map.entry("Long Call", SINGLE_CALL),
            Map.entry("Long Put", SINGLE_PUT),
            Map.entry(
                    "Bull Call Spread",
                    StrikePlan.of(step(1, SPOT, UP, DIRECTIONAL_LONG), step(2, SPOT, UP, DIRECTIONAL_SHORT))),
            Map.entry(
                    "Bear Put Spread",
                    StrikePlan.of(step(2, SPOT, DOWN, DIRECTIONAL_LONG), step(1, SPOT, DOWN, DIRECTIONAL_SHORT))),
            Map.entry("Bear Call Spread", StrikePlan.of(step(1, SPOT, UP, CREDIT_SHORT), step(2, 1, UP, LONG_WING))),
            Map.entry("Bull Put Spread", StrikePlan.of(step(2, SPOT, DOWN, CREDIT_SHORT), step(1, 2, DOWN, LONG_WING))),
            Map.entry(
                    "Iron Condor",
                    StrikePlan.of(
                            step(2, SPOT, DOWN, CREDIT_SHORT),
                            step(3, SPOT, UP, CREDIT_SHORT),
                            step(1, 2, DOWN, LONG_WING),
                            step(4, 3, UP, LONG_WING))),
            Map.entry("Iron Butterfly", BUTTERFLY),
            Map.entry("Butterfly Spread", BUTTERFLY),
            Map.entry("Put Butterfly", BUTTERFLY),
            Map.entry("Long Straddle", AT_THE_MONEY),
            Map.entry("Short Straddle", AT_THE_MONEY),
            Map.entry(
                    "Long Strangle",
                    StrikePlan.of(step(1, SPOT, DOWN, STRANGLE_LONG), step(2, SPOT, UP, STRANGLE_LONG))),
            Map.entry(
                    "Short Strangle",
                    StrikePlan.of(step(1, SPOT, DOWN, CREDIT_SHORT), step(2, SPOT, UP, CREDIT_SHORT))),
            Map.entry("Cash-Secured Put", StrikePlan.of(step(1, SPOT, DOWN, INCOME_SHORT))),
            Map.entry("Covered Call", StrikePlan.of(step(1, SPOT, UP, INCOME_SHORT))),
            Map.entry("Calendar Spread", AT_THE_MONEY),
            Map.entry("Put Calendar Spread", AT_THE_MONEY),
            Map.entry(
                    "Diagonal Spread",
                    StrikePlan.of(step(1, SPOT, UP, DIRECTIONAL_LONG), step(2, SPOT, UP, DIRECTIONAL_SHORT))),
            Map.entry(
                    "Put Diagonal Spread",
                    StrikePlan.of(step(2, SPOT, DOWN, DIRECTIONAL_LONG), step(1, SPOT, DOWN, DIRECTIONAL_SHORT))),
            Map.entry(
                    "Call Ratio Spread",
                    StrikePlan.of(step(1, SPOT, UP, DIRECTIONAL_LONG), step(2, SPOT, UP, RATIO_SHORT))),
            Map.entry(
                    "Put Ratio Spread",
                    StrikePlan.of(step(2, SPOT, DOWN, DIRECTIONAL_LONG), step(1, SPOT, DOWN, RATIO_SHORT))),
            Map.entry(
                    "Jade Lizard",
                    StrikePlan.of(
                            step(1, SPOT, DOWN, CREDIT_SHORT),
                            step(2, SPOT, UP, CREDIT_SHORT),
                            step(3, 2, UP, LONG_WING))),
            Map.entry(
                    "Broken Wing Butterfly",
                    StrikePlan.of(
                            step(2, SPOT, UP, ATM),
                            step(1, 2, DOWN, BUTTERFLY_WING),
                            step(3, 2, UP, BROKEN_WING_WIDE))),
            Map.entry(
                    "Put Broken Wing Butterfly",
                    StrikePlan.of(
                            step(2, SPOT, UP, ATM),
                            step(3, 2, UP, BUTTERFLY_WING),
                            step(1, 2, DOWN, BROKEN_WING_WIDE))));

    private StrikePlans() {}

    /** Returns the plan of the strategy registered as {@code name}, or empty for a strategy the registry lacks. */
    static Optional<StrikePlan> find(String name) {
        return Optional.ofNullable(PLANS.get(name));
    }

    private static Step step(int strikeNumber, int anchor, int sign, Role role) {
        return new Step(strikeNumber, anchor, sign, role);
    }
}
