/**
 * Money, exact and readable. {@link io.optionsv4.core.money.Money} holds signed paise in a {@code long} where money is
 * booked (charges, margins, contract notes), and {@link io.optionsv4.core.money.Rate} is an exact non-negative fraction
 * (a tax or fee rate) applied to money with an explicit rounding mode; {@link io.optionsv4.core.money.Money#ofRupees}
 * is the one conversion from a {@code double} of the analytics. {@link io.optionsv4.core.money.RupeeFormat} writes and
 * parses rupee amounts in the one format every human-readable text of the project uses, Indian digit grouping with the
 * rupee sign ({@code ₹16,99,714.25}, {@code -₹1,250.00}), so a rejection reason built in {@code core} reads like the
 * report around it.
 */
package io.optionsv4.core.money;
