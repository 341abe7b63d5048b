/**
 * Option pricing formulas on primitives: {@link io.optionsv4.core.pricing.BlackScholesMerton} (spot with a continuous
 * dividend yield) and {@link io.optionsv4.core.pricing.Black76} (forward with a discount factor) return a price or a
 * {@link io.optionsv4.core.pricing.Greeks} record computed in one pass;
 * {@link io.optionsv4.core.pricing.SyntheticForward} derives a forward per expiry from put–call parity
 * ({@link io.optionsv4.core.pricing.ParityQuote} in, {@link io.optionsv4.core.pricing.ForwardEstimate} out);
 * {@link io.optionsv4.core.pricing.NormalDistribution} and {@link io.optionsv4.core.pricing.ImpliedVolatilitySolver}
 * supply the normal distribution and implied volatility. Units: prices in rupees per unit of underlying, vols and rates
 * as annualised decimals (0.20 = 20 %), rates continuously compounded; Greeks per vol point, per percentage point of
 * rate and per calendar day as documented on {@code Greeks}. Time: every year fraction comes from
 * {@link io.optionsv4.core.pricing.TimeToExpiry}, the one NSE convention (expiry at 15:30 Asia/Kolkata on the expiry
 * date, ACT/365 calendar time in exact seconds). Everything here is pure, stateless and thread-safe.
 */
package io.optionsv4.core.pricing;
