package io.optionsv4.engine.monitor;

import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import java.util.List;
import java.util.Set;

/**
 * Quotes of a set of instruments now, read by polling (REST, the replay, the simulated market's end-of-day chains):
 * what the polling monitor marks the book with.
 */
@FunctionalInterface
public interface QuoteSnapshot {

    /**
     * Returns one tick per instrument that has a quote now; instruments without one are left out (the book then waits
     * for them and says so).
     */
    List<Tick> quotes(Set<FeedInstrument> instruments);
}
