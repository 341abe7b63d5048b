package io.optionsv4.core.market;

import java.util.Set;

/**
 * The streaming port: intraday {@link Tick}s of underlyings and options for the position monitor. Implemented by the
 * simulated market (driven explicitly through an injected clock, so tests never sleep) and the Dhan live feed.
 *
 * <p>Ticks of one subscription arrive in time order; each instrument's ticks are immutable values. Implementations are
 * thread-safe.
 */
public interface MarketFeed {

    /**
     * Subscribes {@code listener} to the ticks of {@code instruments} from now on.
     *
     * @param instruments the instruments, not empty
     * @param listener receives the ticks
     * @return the subscription; close it to stop
     * @throws MarketDataException when an instrument is not served by the feed
     * @throws IllegalArgumentException when the set is empty or an argument is null
     */
    FeedSubscription subscribe(Set<FeedInstrument> instruments, TickListener listener);
}
