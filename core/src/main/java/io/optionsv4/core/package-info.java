/**
 * The pure core of Options V4: values and analytics with no I/O, no clock and no globals. Time comes in as an
 * argument. Packages, each using only those listed before it: {@code result}, {@code instrument}, {@code money},
 * {@code market}, {@code pricing}, {@code probability}, {@code costs}, {@code margin}, {@code analysis},
 * {@code conditions}, {@code strategy}, {@code trade}, {@code selection}, {@code exit}, {@code allocation}.
 *
 * <h2>Trading vocabulary, defined once</h2>
 *
 * <dl>
 *   <dt>Underlying
 *   <dd>the stock or index an option is written on (e.g. RELIANCE, NIFTY).
 *   <dt>Right
 *   <dd>CALL (right to buy) or PUT (right to sell) at the strike.
 *   <dt>Lot
 *   <dd>the exchange's contract multiplier: a position of one lot is {@code lotSize} units of the underlying.
 *   <dt>ATM, ITM, OTM
 *   <dd>at, in and out of the money: the strike nearest the spot (or forward); a strike with positive intrinsic
 *       value; one with none.
 *   <dt>DTE
 *   <dd>days to expiry, in calendar days.
 *   <dt>IV
 *   <dd>implied volatility: the annualised volatility (decimal, 0.2 = 20%) at which the model price equals the
 *       market price.
 *   <dt>IV rank, IV percentile
 *   <dd>where today's ATM IV sits in its past year: (IV - min) / (max - min), and the share of past days with a lower
 *       IV.
 *   <dt>PCR
 *   <dd>put-call ratio: total put open interest (or volume) over total call open interest (or volume) of a chain.
 *   <dt>Max pain
 *   <dd>the strike at which the option writers' total payout at expiry would be smallest.
 *   <dt>PoP
 *   <dd>probability of profit: the probability that the position's P&amp;L at expiry is above zero.
 *   <dt>Breakeven
 *   <dd>an underlying price at expiry at which the position's P&amp;L is zero.
 *   <dt>Expected move
 *   <dd>the one-standard-deviation move of the underlying to an expiry implied by the options.
 *   <dt>India VIX
 *   <dd>NSE's volatility index, computed from NIFTY option prices.
 * </dl>
 */
package io.optionsv4.core;
