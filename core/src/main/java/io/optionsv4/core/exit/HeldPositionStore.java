package io.optionsv4.core.exit;

import java.util.List;
import java.util.Optional;

/** The port the monitor reads executed strategies from (PostgreSQL in production and by default). */
public interface HeldPositionStore {

    /** Returns every entered strategy that still has an open leg, oldest first. */
    List<HeldStrategy> open();

    /** Returns the strategy if it is entered and still has an open leg. */
    Optional<HeldStrategy> open(long strategyId);
}
