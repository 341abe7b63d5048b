/**
 * A local NSE-like margin for any basket of option legs on one underlying (plus stock or futures legs): a SPAN-style
 * scan over the 16 standard price × volatility scenarios with Black–Scholes–Merton repricing, the short option minimum
 * charge and the net option value, plus exposure margin on short notional, premium for net debits and the capital a
 * covered call or a cash-secured put really ties up.
 *
 * <p>{@link io.optionsv4.core.margin.MarginCalculator#margin} takes a {@link io.optionsv4.core.margin.MarginBasket},
 * the {@link io.optionsv4.core.margin.MarginMarket} and an as-of date and returns a
 * {@link io.optionsv4.core.margin.MarginRequirement} in exact {@link io.optionsv4.core.money.Money}; the parameters
 * (scan ranges, exposure rates) are data in {@link io.optionsv4.core.margin.MarginParameters}. The model and its
 * deviation from NSE's published SPAN files are in {@code docs/margin.md}.
 */
package io.optionsv4.core.margin;
