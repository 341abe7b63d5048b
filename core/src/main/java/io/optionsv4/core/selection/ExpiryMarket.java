package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.VolatilitySmile;

/**
 * One expiry a strategy can be built on, as {@link ExpirySelector} found it usable: its chain with strikes, the lot
 * size from reference data, the expected move to it and its implied volatility smile.
 *
 * @param chain the expiry's option chain, with at least one strike
 * @param lotSize units per lot of the chain's contracts
 * @param move the expected move to the expiry (its ATM volatility and one-sigma move)
 * @param smile the chain's fitted smile, or flat at the ATM volatility for a chain without IVs
 */
record ExpiryMarket(OptionChain chain, int lotSize, ExpiryMove move, VolatilitySmile smile) {}
