package io.optionsv4.marketdata.testdata;

import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Minimal readers of the real NSE files in {@link SharedData} for tests that check the reference tables against them.
 * They read only the columns those tests need; the production readers live in {@code marketdata.replay}.
 */
public final class NseFiles {

    private static final DateTimeFormatter NSE_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy")
            .toFormatter(Locale.ENGLISH);

    private NseFiles() {}

    /** One contract row of an F&amp;O bhavcopy (old or UDiFF form), reduced to what the tests use. */
    public record FoRow(
            String symbol,
            boolean index,
            boolean option,
            LocalDate expiry,
            double strike,
            long openInterest,
            long changeInOpenInterest,
            double underlyingPrice,
            int lotSize) {}

    /** Reads {@code fo_bhavcopy/foDDMMMYYYYbhav.csv} (lot size and underlying price are 0: the file has neither). */
    public static List<FoRow> oldFoBhavcopy(String fileName) {
        List<FoRow> rows = new ArrayList<>();
        for (Map<String, String> r : lazyCsv(ProjectData.file("fo_bhavcopy/" + fileName))) {
            String instrument = r.get("INSTRUMENT");
            rows.add(new FoRow(
                    r.get("SYMBOL"),
                    instrument.endsWith("IDX"),
                    instrument.startsWith("OPT"),
                    LocalDate.parse(r.get("EXPIRY_DT"), NSE_DATE),
                    Double.parseDouble(r.get("STRIKE_PR")),
                    (long) Double.parseDouble(r.get("OPEN_INT")),
                    (long) Double.parseDouble(r.get("CHG_IN_OI")),
                    instrument.startsWith("FUT") ? Double.parseDouble(r.get("CLOSE")) : 0,
                    0));
        }
        return rows;
    }

    /** Reads the UDiFF F&amp;O bhavcopy of 01-Jan-2026 (futures and options only). */
    public static List<FoRow> udiffFoBhavcopy() {
        List<FoRow> rows = new ArrayList<>();
        for (Map<String, String> r : lazyCsv(ProjectData.file(UDIFF_FO))) {
            String type = r.get("FinInstrmTp");
            if (!List.of("IDO", "STO", "IDF", "STF").contains(type)) {
                continue;
            }
            rows.add(new FoRow(
                    r.get("TckrSymb"),
                    type.startsWith("ID"),
                    type.endsWith("O"),
                    LocalDate.parse(r.get("XpryDt")),
                    r.get("StrkPric").isEmpty() ? 0 : Double.parseDouble(r.get("StrkPric")),
                    (long) Double.parseDouble(r.get("OpnIntrst")),
                    (long) Double.parseDouble(r.get("ChngInOpnIntrst")),
                    Double.parseDouble(r.get("UndrlygPric")),
                    (int) Double.parseDouble(r.get("NewBrdLotQty"))));
        }
        return rows;
    }

    /** The UDiFF F&amp;O file of 01-Jan-2026, relative to the data directory. */
    public static final String UDIFF_FO = "udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv";

    /** Reads a CSV with a header row into maps of trimmed fields (no quoting; trailing empty field allowed). */
    public static List<Map<String, String>> csv(Path path) {
        try {
            List<String> lines = DataFiles.readAllLines(path, StandardCharsets.UTF_8);
            String[] header = trimmed(lines.get(0).replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = trimmed(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < fields.length; i++) {
                    row.put(header[i], fields[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Like {@link #csv} but splits each line only when a field is asked for: fast for large files. */
    private static List<Map<String, String>> lazyCsv(Path path) {
        try {
            List<String> lines = DataFiles.readAllLines(path, StandardCharsets.UTF_8);
            String[] header = trimmed(lines.get(0));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.put(header[i], i);
            }
            return lines.subList(1, lines.size()).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> (Map<String, String>) new LazyRow(index, line.split(",", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static final class LazyRow extends java.util.AbstractMap<String, String> {
        private final Map<String, Integer> index;
        private final String[] fields;

        LazyRow(Map<String, Integer> index, String[] fields) {
            this.index = index;
            this.fields = fields;
        }

        @Override
        public String get(Object key) {
            Integer i = index.get(key);
            return i == null || i >= fields.length ? null : fields[i].strip();
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            throw new UnsupportedOperationException("LazyRow answers get() only");
        }
    }

    private static String[] trimmed(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
    }
}
