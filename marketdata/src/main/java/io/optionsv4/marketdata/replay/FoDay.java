package io.optionsv4.marketdata.replay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One loaded F&amp;O bhavcopy: its option rows by underlying symbol, and the malformed rows that were skipped.
 *
 * @param date the trade date, verified against every row
 * @param file the file it was read from
 * @param options option rows by underlying symbol, in file order
 * @param warnings skipped rows
 */
record FoDay(LocalDate date, Path file, Map<String, List<OptionRow>> options, List<RowWarning> warnings) {}
