/**
 * Exact money where it is booked: {@link io.optionsv4.core.money.Money} holds signed paise in a {@code long} (charges,
 * margins, contract notes), and {@link io.optionsv4.core.money.Rate} is an exact non-negative fraction (a tax or fee
 * rate) applied to money with an explicit rounding mode. {@link io.optionsv4.core.money.Money#ofRupees} is the one
 * conversion from a {@code double} of the analytics.
 */
package io.optionsv4.core.money;
