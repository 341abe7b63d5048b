package io.optionsv4.core.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * The stored fills for {@code data update-trade-prices}: orders with the traded legs' prices, and price fixes with an
 * audit log entry per changed row. Implementations are thread-safe and throw
 * {@link io.optionsv4.core.result.StoreException} when the store fails.
 */
public interface FillStore {

    /**
     * Returns the orders created at or after {@code since}, and every older order that is filled at a zero or missing
     * price or whose traded leg has a zero price, by id.
     */
    List<StoredFill> fills(Instant since);

    /**
     * Replaces one stored price with the broker's, if the row still holds the price the fix was computed from; a closed
     * leg's realised P&amp;L moves by the same amount. Writes one audit log entry for the change.
     *
     * @param actor who fixes, for the audit log
     * @return true when the row was changed
     */
    boolean apply(PriceFix fix, String actor);
}
