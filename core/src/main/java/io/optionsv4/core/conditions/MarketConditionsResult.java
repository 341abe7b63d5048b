package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The outcome of evaluating the market: {@link MarketConditions}, or {@link Unavailable} saying which history was
 * missing.
 */
public sealed interface MarketConditionsResult permits MarketConditions, MarketConditionsResult.Unavailable {

    /**
     * The market state could not be evaluated.
     *
     * @param missing each input that had too little history (NIFTY candles, India VIX closes), not empty
     */
    record Unavailable(List<InsufficientHistory> missing) implements MarketConditionsResult {

        /** Validates and copies the list. */
        public Unavailable {
            missing = List.copyOf(Checks.notNull(missing, "missing"));
            Checks.argument(!missing.isEmpty(), "missing must not be empty");
        }
    }
}
