package io.optionsv4.core.market;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * One strike of an option chain: its call and its put, either of which may not be listed.
 *
 * @param strike strike price in rupees, {@code > 0}
 * @param call the call at this strike, if listed
 * @param put the put at this strike, if listed
 */
public record ChainRow(double strike, Optional<OptionQuote> call, Optional<OptionQuote> put) {

    /**
     * Validates the row: at least one side, each of the right right and this strike.
     *
     * @throws IllegalArgumentException naming the inconsistency
     */
    public ChainRow {
        Checks.positive(strike, "strike");
        Checks.notNull(call, "call");
        Checks.notNull(put, "put");
        Checks.argument(call.isPresent() || put.isPresent(), () -> "chain row " + strike + " has neither call nor put");
        call.ifPresent(q -> checkSide(q, Right.CALL, strike));
        put.ifPresent(q -> checkSide(q, Right.PUT, strike));
    }

    /** Returns the quote of {@code right} at this strike, if listed. */
    public Optional<OptionQuote> quote(Right right) {
        return Checks.notNull(right, "right").isCall() ? call : put;
    }

    private static void checkSide(OptionQuote quote, Right right, double strike) {
        Checks.argument(
                quote.right() == right && quote.strike() == strike,
                () -> "chain row " + strike + " " + right + " holds a " + quote.right() + " at " + quote.strike());
    }
}
