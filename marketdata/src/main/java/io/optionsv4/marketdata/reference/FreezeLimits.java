package io.optionsv4.marketdata.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * NSE's quantity freeze limits as effective-dated data: the largest quantity (units) one order of an underlying's
 * options may carry on a day. The project ships {@code freeze_quantities.csv} (index options, with the circulars it
 * comes from in its header); a trader adds or overrides rows in {@code $OPTIONS_V4_HOME/freeze_quantities.csv}.
 * A symbol or day no row covers has no known limit: {@link #maxQuantity} is empty and the caller refuses the order.
 *
 * <p>Format: {@code #} comment lines, then the header {@code symbol,effective_from,effective_to,max_order_quantity,
 * source} and one row per symbol and period, dates {@code YYYY-MM-DD} inclusive, e.g.
 * {@code NIFTY,2025-09-01,2025-11-02,1800,NSE-2025-08-29}. Immutable and thread-safe.
 */
public final class FreezeLimits {

    /** The header line of the format. */
    public static final String HEADER = "symbol,effective_from,effective_to,max_order_quantity,source";

    private static final String RESOURCE = "freeze_quantities.csv";

    /** One row: a limit of {@code symbol} from {@code from} to {@code to}, both inclusive, and where it comes from. */
    public record Limit(String symbol, LocalDate from, LocalDate to, int maxOrderQuantity, String source) {}

    private final List<Limit> limits;

    private FreezeLimits(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    /** Returns the limits the project ships. */
    public static FreezeLimits standard() {
        try (InputStream in = FreezeLimits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ReferenceDataException("reference table missing from the build: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the shipped limits overlaid by the rows of {@code file} when it exists (its rows win where both cover a
     * symbol and day).
     *
     * @throws ReferenceDataException naming file:line, field and value of a bad row
     */
    public static FreezeLimits standardWith(Path file) {
        FreezeLimits standard = standard();
        if (!Files.isRegularFile(file)) {
            return standard;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            FreezeLimits own = parse(reader, file.toString());
            List<Limit> all = new ArrayList<>(own.limits);
            all.addAll(standard.limits);
            return new FreezeLimits(all);
        } catch (IOException e) {
            throw new ReferenceDataException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Parses the format.
     *
     * @param name the source's name in messages
     * @throws ReferenceDataException naming name:line, field and value of a bad row, or a wrong header
     */
    public static FreezeLimits parse(Reader reader, String name) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Limit> limits = new ArrayList<>();
        boolean header = false;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!trimmed.equalsIgnoreCase(HEADER)) {
                    throw new ReferenceDataException(name + ":" + lineNumber + ": the header must be '" + HEADER
                            + "' but was '" + trimmed + "'");
                }
                header = true;
                continue;
            }
            limits.add(row(trimmed.split(",", -1), name + ":" + lineNumber));
        }
        return new FreezeLimits(limits);
    }

    private static Limit row(String[] f, String where) {
        if (f.length != 5) {
            throw new ReferenceDataException(where + ": expected 5 fields (" + HEADER + ") but found " + f.length);
        }
        String symbol = f[0].strip().toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new ReferenceDataException(where + ": symbol is empty");
        }
        LocalDate from = date(f[1], "effective_from", where);
        LocalDate to = date(f[2], "effective_to", where);
        if (to.isBefore(from)) {
            throw new ReferenceDataException(where + ": effective_to " + to + " is before effective_from " + from);
        }
        int quantity;
        try {
            quantity = Integer.parseInt(f[3].strip());
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(
                    where + ": max_order_quantity must be a whole number but was '" + f[3] + "'");
        }
        if (quantity <= 0) {
            throw new ReferenceDataException(where + ": max_order_quantity must be > 0 but was " + quantity);
        }
        String source = f[4].strip();
        if (source.isEmpty()) {
            throw new ReferenceDataException(where + ": source is empty: every limit names where it comes from");
        }
        return new Limit(symbol, from, to, quantity, source);
    }

    private static LocalDate date(String text, String field, String where) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ReferenceDataException(where + ": " + field + " must be YYYY-MM-DD but was '" + text + "'");
        }
    }

    /** Returns the row that applies to {@code symbol} on {@code day} (the first listed), or empty when none does. */
    public Optional<Limit> limit(String symbol, LocalDate day) {
        String s = symbol.toUpperCase(Locale.ROOT);
        return limits.stream()
                .filter(l -> l.symbol().equals(s) && !day.isBefore(l.from()) && !day.isAfter(l.to()))
                .findFirst();
    }

    /** Returns the largest quantity (units) one order of {@code symbol}'s options may carry on {@code day}. */
    public OptionalInt maxQuantity(String symbol, LocalDate day) {
        return limit(symbol, day).map(l -> OptionalInt.of(l.maxOrderQuantity())).orElse(OptionalInt.empty());
    }

    /** Returns every row. */
    public List<Limit> limits() {
        return limits;
    }
}
