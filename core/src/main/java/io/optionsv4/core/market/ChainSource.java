package io.optionsv4.core.market;

/**
 * Where the prices of an {@link OptionChain} come from, so that no consumer mistakes a model's price for a traded one.
 */
public enum ChainSource {
    /**
     * Prices the exchange published or a broker's book quoted: a bhavcopy's settlement and close prices, a live option
     * chain. Implied volatilities are derived from these prices.
     */
    EXCHANGE,
    /** A simulated market: the underlying and the option prices are both drawn from a seeded model. */
    SIMULATED,
    /**
     * Model prices anchored on real data: the underlying's price (and the volatility index the surface is anchored on)
     * are real, the option prices, books, volume and open interest are the model's, not traded prices.
     */
    MODEL;

    /** Returns true when the option prices are prices that were traded or quoted on the exchange. */
    public boolean isExchangePrice() {
        return this == EXCHANGE;
    }
}
