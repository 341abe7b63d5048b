package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One price update of a {@link MarketFeed}: an instrument's last price and, where the source has an order book, its
 * best bid and ask at one instant. Immutable.
 *
 * @param instrument the instrument
 * @param time the instant the price is valid at
 * @param last last traded price in rupees per unit (index points for an index), {@code > 0}
 * @param bidAsk best bid and ask, empty where there is none (indices)
 */
public record Tick(FeedInstrument instrument, Instant time, double last, Optional<BidAsk> bidAsk) {

    /**
     * Validates the tick.
     *
     * @throws IllegalArgumentException naming the bad component and its value
     */
    public Tick {
        Checks.notNull(instrument, "instrument");
        Checks.notNull(time, "time");
        Checks.positive(last, "last");
        Checks.notNull(bidAsk, "bidAsk");
    }
}
