/**
 * Dhan's security master ("scrip master"): {@link io.optionsv4.dhan.scrip.ScripMaster} parses the compact and
 * detailed CSVs ({@link io.optionsv4.dhan.scrip.ScripMaster#load(java.nio.file.Path)}, returning the index and the
 * {@link io.optionsv4.dhan.scrip.ScripWarning}s of skipped rows) into an immutable index from NSE symbols and option
 * contracts ({@link io.optionsv4.dhan.scrip.ScripUnderlying}, {@link io.optionsv4.dhan.scrip.ScripContract}) to Dhan
 * {@link io.optionsv4.dhan.scrip.SecurityId}s and back. It lives in {@code dhan}, not in
 * {@code marketdata.reference}, because the format and the ids are Dhan's and the adapters of this module, which may
 * depend on {@code core} only, need it; see {@code docs/dhan-adapter.md}.
 */
package io.optionsv4.dhan.scrip;
