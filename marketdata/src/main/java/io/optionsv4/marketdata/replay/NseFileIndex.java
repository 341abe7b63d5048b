package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The NSE files under a directory, found recursively by name ({@link NseFileKind}) and indexed by trade date: one
 * F&amp;O file and one cash file per date, and the two index histories. When two files serve the same date and role
 * (the same cash bhavcopy in {@code cm_bhavcopy/} and {@code cm_history/}, or an old and a UDiFF file) the first by
 * path wins, so the choice is deterministic. The date in a name is verified against the rows when the file is loaded.
 */
final class NseFileIndex {

    private final Path root;
    private final NavigableMap<LocalDate, Path> foFiles = new TreeMap<>();
    private final NavigableMap<LocalDate, Path> cashFiles = new TreeMap<>();
    private Path niftyHistory;
    private Path vixHistory;

    private NseFileIndex(Path root) {
        this.root = root;
    }

    /**
     * Scans {@code root} and everything below it.
     *
     * @throws MarketDataException naming the directory when it cannot be read, or a file whose name holds no real date
     */
    static NseFileIndex scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new MarketDataException("replay data directory " + root + " does not exist");
        }
        NseFileIndex index = new NseFileIndex(root);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(index::add);
        } catch (IOException e) {
            throw unreadable(root, e);
        } catch (UncheckedIOException e) {
            throw unreadable(root, e.getCause());
        }
        return index;
    }

    /** Says in words which part of {@code root} could not be read, without a Java exception name. */
    static MarketDataException unreadable(Path root, IOException e) {
        String why = switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException gone -> "it disappeared while being read";
            case NotDirectoryException notDirectory -> "it is not a directory";
            default -> "the system says: " + SafeText.escape(String.valueOf(e.getMessage()));
        };
        String where = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : root.toString();
        return new MarketDataException(
                "cannot read " + SafeText.quote(where) + " in the replay data directory " + root + ": " + why, e);
    }

    private void add(Path file) {
        String name = file.getFileName().toString();
        Optional<NseFileKind> kind = NseFileKind.of(name);
        if (kind.isEmpty()) {
            return;
        }
        switch (kind.get()) {
            case FO_OLD, FO_UDIFF -> foFiles.putIfAbsent(dateOf(kind.get(), file), file);
            case CASH_OLD, CASH_FULL -> cashFiles.putIfAbsent(dateOf(kind.get(), file), file);
            case NIFTY_HISTORY -> niftyHistory = niftyHistory == null ? file : niftyHistory;
            case VIX_HISTORY -> vixHistory = vixHistory == null ? file : vixHistory;
        }
    }

    private static LocalDate dateOf(NseFileKind kind, Path file) {
        try {
            return kind.dateOf(file.getFileName().toString()).orElseThrow();
        } catch (DateTimeException e) {
            throw new MarketDataException("file name " + file + " does not hold a valid date", e);
        }
    }

    /** Returns the directory scanned. */
    Path root() {
        return root;
    }

    /** Returns the F&amp;O bhavcopy of {@code date}, or empty when there is none. */
    Optional<Path> foFile(LocalDate date) {
        return Optional.ofNullable(foFiles.get(date));
    }

    /** Returns the cash bhavcopy of {@code date}, or empty when there is none. */
    Optional<Path> cashFile(LocalDate date) {
        return Optional.ofNullable(cashFiles.get(date));
    }

    /** Returns the latest date before {@code date} with an F&amp;O bhavcopy. */
    Optional<LocalDate> previousFoDate(LocalDate date) {
        return Optional.ofNullable(foFiles.lowerKey(date));
    }

    /** Returns the latest date before {@code date} with a cash bhavcopy. */
    Optional<LocalDate> previousCashDate(LocalDate date) {
        return Optional.ofNullable(cashFiles.lowerKey(date));
    }

    /** Returns the dates with a cash bhavcopy from {@code from} to {@code to} inclusive, oldest first. */
    List<LocalDate> cashDates(LocalDate from, LocalDate to) {
        return from.isAfter(to)
                ? List.of()
                : List.copyOf(cashFiles.subMap(from, true, to, true).keySet());
    }

    /** Returns the dates with an F&amp;O bhavcopy, oldest first. */
    List<LocalDate> foDates() {
        return List.copyOf(Collections.unmodifiableSet(foFiles.keySet()));
    }

    /** Returns {@code nifty50.csv}, or empty when the directory has none. */
    Optional<Path> niftyHistory() {
        return Optional.ofNullable(niftyHistory);
    }

    /** Returns {@code indiavix.csv}, or empty when the directory has none. */
    Optional<Path> vixHistory() {
        return Optional.ofNullable(vixHistory);
    }
}
