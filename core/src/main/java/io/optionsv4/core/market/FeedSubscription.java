package io.optionsv4.core.market;

import java.util.Set;

/** A live subscription of a {@link TickListener} to some instruments of a {@link MarketFeed}; close it to stop. */
public interface FeedSubscription extends AutoCloseable {

    /** Returns the instruments this subscription receives ticks of. */
    Set<FeedInstrument> instruments();

    /** Returns true until {@link #close()} is called. */
    boolean isOpen();

    /** Stops the ticks of this subscription; idempotent and never throws. */
    @Override
    void close();
}
