package io.optionsv4.app.cli;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.TradingCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of what a market-data command was asked for: symbols against the universe, the as-of day's session. */
final class MarketChecks {

    private MarketChecks() {}

    /**
     * Returns {@code requested} upper-cased, without blanks and duplicates, each one in the universe of {@code asOf}.
     * An unknown symbol is a usage error naming the closest symbols, unless {@code skipUnknown}: then a warning on
     * {@code err} and the symbol is left out.
     *
     * @throws IllegalArgumentException when a symbol is unknown (and not skipped), or none is left
     */
    static List<String> symbols(
            MarketData marketData,
            LocalDate asOf,
            List<String> requested,
            String option,
            boolean skipUnknown,
            PrintWriter err,
            String command) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String symbol : requested) {
            if (!symbol.isBlank()) {
                wanted.add(symbol.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(option + " needs at least one symbol, e.g. " + option + " NIFTY");
        }
        List<String> universe = marketData.symbols(asOf);
        List<String> known = new ArrayList<>();
        for (String symbol : wanted) {
            if (universe.contains(symbol)) {
                known.add(symbol);
            } else if (skipUnknown) {
                err.println(command + ": warning: skipped " + symbol + ", not an F&O symbol on " + asOf
                        + Suggestions.didYouMean(symbol, universe));
            } else {
                throw new IllegalArgumentException(option + ": " + symbol + " is not an F&O symbol on " + asOf
                        + Suggestions.didYouMean(symbol, universe) + "; --skip-unknown leaves unknown symbols out");
            }
        }
        if (known.isEmpty()) {
            throw new IllegalArgumentException(
                    option + ": none of " + String.join(", ", wanted) + " is an F&O symbol on " + asOf);
        }
        return known;
    }

    /** Warns on {@code err} when {@code asOf} is a day without an NSE session (weekend or exchange holiday). */
    static void warnIfNoSession(LocalDate asOf, PrintWriter err, String command) {
        TradingCalendar calendar = ReferenceData.standard().calendar();
        boolean weekend = asOf.getDayOfWeek().getValue() >= 6;
        boolean session = calendar.covers(asOf) ? calendar.isTradingDay(asOf) : !weekend;
        if (session) {
            return;
        }
        String day = asOf.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        err.println(command + ": warning: " + asOf + " (" + day + ") is not an NSE trading session; the figures are"
                + " those of the last session before it");
        err.flush();
    }
}
