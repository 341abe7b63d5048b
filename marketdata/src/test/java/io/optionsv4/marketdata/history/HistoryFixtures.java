package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.NseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The historical market over the project's real files, loaded once, and readers of the real chains to check it. */
final class HistoryFixtures {

    /** The market over {@code data/index_daily}, as of the last session of the files. */
    static final HistoricalNiftyMarket MARKET = HistoricalNiftyMarket.load(ProjectData.directory());

    /** The day of the NSE option-chain snapshot ({@code option_chain/optionchain.json}, 15:30). */
    static final LocalDate SNAPSHOT_DAY = LocalDate.of(2019, 8, 23);

    /** The three days of the January 2020 F&amp;O bhavcopies. */
    static final List<LocalDate> JAN_2020 =
            List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));

    /** The day of the UDiFF F&amp;O bhavcopy. */
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static final DateTimeFormatter NSE_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private HistoryFixtures() {}

    /** Returns the listed NIFTY expiry dates of the model on {@code day}. */
    static Set<LocalDate> modelExpiries(LocalDate day) {
        return new TreeSet<>(
                MARKET.expiries("NIFTY", day).stream().map(Expiry::date).toList());
    }

    /** Returns the real NIFTY option strikes by expiry on a day of the bhavcopies (2020 or 2026). */
    static Map<LocalDate, Set<Double>> realStrikes(LocalDate day) {
        List<NseFiles.FoRow> rows = day.equals(JAN_2026)
                ? NseFiles.udiffFoBhavcopy()
                : NseFiles.oldFoBhavcopy("fo"
                        + day.format(DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH))
                                .toUpperCase(Locale.ROOT) + "bhav.csv");
        Map<LocalDate, Set<Double>> strikes = new TreeMap<>();
        rows.stream()
                .filter(r -> r.symbol().equals("NIFTY") && r.option())
                .forEach(r -> strikes.computeIfAbsent(r.expiry(), e -> new TreeSet<>())
                        .add(r.strike()));
        return strikes;
    }

    /** Returns the expiry dates listed in the option-chain snapshot of {@link #SNAPSHOT_DAY}. */
    static Set<LocalDate> snapshotExpiries() {
        Matcher list = Pattern.compile("\"expiryDates\": ?\\[([^\\]]*)\\]").matcher(snapshot());
        if (!list.find()) {
            throw new IllegalStateException("no expiryDates in the snapshot");
        }
        Set<LocalDate> dates = new TreeSet<>();
        Matcher date = Pattern.compile("\"([0-9]{2}-[A-Za-z]{3}-[0-9]{4})\"").matcher(list.group(1));
        while (date.find()) {
            dates.add(LocalDate.parse(date.group(1), NSE_DATE));
        }
        return dates;
    }

    /** Returns the text of the option-chain snapshot. */
    static String snapshot() {
        try {
            return DataFiles.readString(ProjectData.file("option_chain/optionchain.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes plain copies of the real NIFTY and VIX files into {@code dir}, passing every line of each through {@code
     * edit} (the header too), and returns the two paths.
     */
    static Path[] copies(Path dir, LineEdit edit) {
        try {
            Path nifty = dir.resolve("nifty50.csv");
            Path vix = dir.resolve("indiavix.csv");
            write(ProjectData.file("index_daily/nifty50.csv"), nifty, line -> edit.apply(true, line));
            write(ProjectData.file("index_daily/indiavix.csv"), vix, line -> edit.apply(false, line));
            return new Path[] {nifty, vix};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one line of a history copy; an empty result drops the line. */
    @FunctionalInterface
    interface LineEdit {
        String apply(boolean nifty, String line);
    }

    /** Returns true when the line is a data row dated after {@code date}. */
    static Predicate<String> after(LocalDate date) {
        return line -> !line.startsWith("Date")
                && LocalDate.parse(line.substring(0, 10)).isAfter(date);
    }

    private static void write(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : DataFiles.readAllLines(from, StandardCharsets.UTF_8)) {
            String edited = edit.apply(line);
            if (!edited.isEmpty()) {
                text.append(edited).append('\n');
            }
        }
        Files.writeString(to, text, StandardCharsets.UTF_8);
    }
}
