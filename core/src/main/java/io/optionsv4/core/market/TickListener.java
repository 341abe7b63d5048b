package io.optionsv4.core.market;

/** Receives the ticks of a {@link MarketFeed} subscription, in time order, on the feed's publishing thread. */
@FunctionalInterface
public interface TickListener {

    /** Handles one tick; must not block the feed for long. */
    void onTick(Tick tick);
}
