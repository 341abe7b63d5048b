/**
 * Trade economics at the prices a trader actually gets: the {@code SpreadModel} that gives an option's bid-ask spread
 * where the source has no book (end-of-day replay) and that the simulated market quotes with, the {@code Slippage}
 * added per leg, the {@code ExecutablePrices} that turn a contract's book or reference price into a {@link
 * io.optionsv4.core.costs.LegPrice} (buy at the ask, sell at the bid) or a {@link io.optionsv4.core.costs.BadPrice}
 * naming the contract and the field. Pure and immutable.
 */
package io.optionsv4.core.costs;
