/**
 * Data files on disk: {@link io.optionsv4.marketdata.files.DataFiles} reads plain or gzipped files transparently, and
 * {@link io.optionsv4.marketdata.files.ProjectData} finds the real NSE files the project carries in {@code data/}.
 */
package io.optionsv4.marketdata.files;
