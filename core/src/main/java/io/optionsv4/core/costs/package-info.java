/**
 * Trade economics at the prices a trader actually gets, after every charge.
 *
 * <p>Prices: the {@code SpreadModel} gives an option's bid-ask spread where the source has no book (end-of-day replay)
 * and is what the simulated market quotes with; {@code Slippage} is added per leg; {@code ExecutablePrices} turns a
 * contract's book or reference price into a {@link io.optionsv4.core.costs.LegPrice} (buy at the ask, sell at the bid)
 * or a {@link io.optionsv4.core.costs.BadPrice} naming the contract and the field.
 *
 * <p>Charges: the Indian cost stack of NSE option trades — brokerage, securities transaction tax (on sell-side premium
 * and on the intrinsic value of exercised options), NSE transaction charges, the SEBI turnover fee, stamp duty on the
 * buy side, NSE IPFT and GST — from effective-dated rates kept as data ({@code nse-option-charges.csv} beside this
 * package). {@link io.optionsv4.core.costs.CostSchedule} loads the rate table and answers
 * {@link io.optionsv4.core.costs.CostSchedule#ratesOn} a date; {@link io.optionsv4.core.costs.CostCalculator} turns
 * orders into {@link io.optionsv4.core.costs.Charges} per order, per {@link io.optionsv4.core.costs.ContractNote} (one
 * trading day) and per strategy {@link io.optionsv4.core.costs.RoundTripCosts}. All amounts are exact
 * {@link io.optionsv4.core.money.Money}; the rounding rules are on {@code CostCalculator} and in {@code docs/costs.md}.
 * Pure and immutable.
 */
package io.optionsv4.core.costs;
