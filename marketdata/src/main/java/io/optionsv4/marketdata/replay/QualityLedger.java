package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.MarketDataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a replay has read so far: each file once, with its rejected rows, for the run's {@link DataQualityReport}; and
 * the check that a day's file has not lost underlyings against the day before (a file cut off at a line end).
 * Thread-safe.
 */
final class QualityLedger {

    private final DataQualityPolicy policy;
    private final Map<Path, List<RowWarning>> files = new LinkedHashMap<>();

    QualityLedger(DataQualityPolicy policy) {
        this.policy = policy;
    }

    DataQualityPolicy policy() {
        return policy;
    }

    /** Records that {@code file} was read with {@code warnings}. */
    synchronized void read(Path file, List<RowWarning> warnings) {
        files.putIfAbsent(file, List.copyOf(warnings));
    }

    /** Returns the report of every file read so far. */
    synchronized DataQualityReport report() {
        List<RowWarning> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        return DataQualityReport.of(List.copyOf(files.keySet()), all);
    }

    /**
     * Fails when {@code file} has fewer {@code what} than {@code previousFile} by more than the policy allows.
     *
     * @throws MarketDataException naming both files and the counts
     */
    void requireNoDrop(Path file, int count, Path previousFile, int previousCount, String what) {
        if (previousCount > 0 && count < (1 - policy.maxSymbolDrop()) * previousCount) {
            long share = Math.round(100.0 * (previousCount - count) / previousCount);
            throw new MarketDataException(file + " has " + count + " " + what + ", " + share + " % fewer than the "
                    + previousCount + " of the previous day's " + previousFile + " (at most "
                    + Math.round(policy.maxSymbolDrop() * 100) + " % allowed): the file looks cut off; refused");
        }
    }
}
