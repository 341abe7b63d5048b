package io.optionsv4.engine.pipeline;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One run of {@code analyze}.
 *
 * @param asOf the trading day analysed
 * @param symbols the symbols to analyse; empty for the whole universe of the day
 * @param limit analyse at most this many symbols of the universe (ignored when symbols are named)
 * @param risk the trader's risk tolerance
 * @param top how many strategies to keep per symbol, {@code >= 1}
 * @param store whether to store the results through the analysis store
 */
public record AnalysisRequest(
        LocalDate asOf, List<String> symbols, OptionalInt limit, RiskTolerance risk, int top, boolean store) {
    /** Validates the components, upper-cases and de-duplicates the symbols (order kept). */
    public AnalysisRequest {
        Checks.notNull(asOf, "asOf");
        symbols = Checks.notNull(symbols, "symbols").stream()
                .map(s -> Checks.notBlank(s, "symbol").strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        Checks.notNull(limit, "limit");
        limit.ifPresent(n -> Checks.argument(n >= 1, "--limit must be >= 1 but was " + n));
        Checks.notNull(risk, "risk");
        Checks.argument(top >= 1, "--top must be >= 1 but was " + top);
    }
}
