/**
 * The Indian cost stack of NSE option trades: brokerage, securities transaction tax (on sell-side premium and on the
 * intrinsic value of exercised options), NSE transaction charges, the SEBI turnover fee, stamp duty on the buy side,
 * NSE IPFT and GST, from effective-dated rates kept as data ({@code nse-option-charges.csv} beside this package).
 *
 * <p>{@link io.optionsv4.core.costs.CostSchedule} loads the rate table and answers
 * {@link io.optionsv4.core.costs.CostSchedule#ratesOn} a date; {@link io.optionsv4.core.costs.CostCalculator} turns
 * orders into {@link io.optionsv4.core.costs.Charges} per order, per {@link io.optionsv4.core.costs.ContractNote} (one
 * trading day) and per strategy {@link io.optionsv4.core.costs.RoundTripCosts}. All amounts are exact
 * {@link io.optionsv4.core.money.Money}; the rounding rules are on {@code CostCalculator} and in {@code docs/costs.md}.
 */
package io.optionsv4.core.costs;
