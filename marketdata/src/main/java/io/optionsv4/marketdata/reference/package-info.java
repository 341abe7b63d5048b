/**
 * NSE reference data, built from the project's own tables (CSV resources derived from real NSE files, each naming its
 * source and date). {@link io.optionsv4.marketdata.reference.ReferenceData} is the entry point: the F&amp;O
 * underlyings (industry, sector), lot sizes by contract month, {@link io.optionsv4.marketdata.reference.StrikeStep}s
 * and the option tick size; {@link io.optionsv4.marketdata.reference.TradingCalendar} (trading days and holidays over
 * its coverage) and {@link io.optionsv4.marketdata.reference.ExpiryCalendar} (expiry rules as data). What is not
 * covered throws {@link io.optionsv4.marketdata.reference.ReferenceDataException}. See {@code docs/reference-data.md}.
 */
package io.optionsv4.marketdata.reference;
