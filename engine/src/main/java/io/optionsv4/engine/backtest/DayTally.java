package io.optionsv4.engine.backtest;

import io.optionsv4.engine.allocation.AllocationRun;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why days entered nothing, counted over a run: the analysis kept no strategy, the allocation allocated nothing, an
 * execution did not complete. Each kind is reported once at the end with its count and the most frequent reasons, so
 * an 18-year run's warnings stay readable. Not thread-safe.
 */
final class DayTally {

    private static final int REASON_LENGTH = 160;
    private static final int REASONS_SHOWN = 3;

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    void count(String kind, String reason) {
        String shortReason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) + "..." : reason;
        counts.computeIfAbsent(kind, k -> new TreeMap<>()).merge(shortReason, 1, Integer::sum);
    }

    /** Returns one line per kind: the total and the most frequent reasons with their counts. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((kind, reasons) -> {
            int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder b = new StringBuilder(kind + ": " + total + " times");
            reasons.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(REASONS_SHOWN)
                    .forEach(e ->
                            b.append("; ").append(e.getValue()).append(" x ").append(e.getKey()));
            lines.add(b.toString());
        });
        return lines;
    }

    /** The first symbol the analysis kept no strategy for, with its reason. */
    static String noStrategy(AnalysisRun run) {
        for (SymbolOutcome o : run.outcomes()) {
            if (o instanceof SymbolOutcome.NoStrategy n) {
                return n.symbol() + " " + n.reason() + ": " + n.detail();
            }
        }
        return "no symbol analysed";
    }

    /** The exclusions of an empty allocation by reason, e.g. {@code NON_POSITIVE_EV x 2}, then its warnings. */
    static String exclusionReasons(AllocationRun run) {
        Map<String, Long> byReason = new TreeMap<>();
        run.allocation().exclusions().forEach(e -> byReason.merge(e.reason().name(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, count) -> parts.add(reason + " x " + count));
        parts.addAll(run.warnings());
        return parts.isEmpty() ? "no candidate and no warning" : String.join("; ", parts);
    }
}
