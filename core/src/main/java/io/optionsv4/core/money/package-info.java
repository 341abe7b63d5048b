/**
 * Money as people read it: {@link io.optionsv4.core.money.RupeeFormat} writes and parses rupee amounts in the one
 * format every human-readable text of the project uses, Indian digit grouping with the rupee sign ({@code
 * ₹16,99,714.25}, {@code -₹1,250.00}), so a rejection reason built in {@code core} reads like the report around it.
 */
package io.optionsv4.core.money;
