package io.optionsv4.core.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The persistence port of stock analyses and their recommended strategies.
 *
 * <p>Storing is idempotent, as in the original's duplicate prevention: a recommendation whose stock, trade date,
 * strategy name and legs are stored already keeps its existing id and nothing of it is written again, so re-running a
 * day stores nothing new. Implementations are thread-safe and throw {@code core.result.StoreException} when the store
 * fails, naming the table or constraint.
 */
public interface AnalysisStore {

    /**
     * Stores one stock's analysis in one transaction across all its tables: all of it or, on failure, nothing.
     *
     * @return the ids of the analysis's recommendations and how many were new
     */
    StoreReceipt store(SymbolAnalysis analysis);

    /**
     * Stores many analyses, each in its own transaction (a failure leaves the ones before it stored).
     *
     * @return one receipt per analysis, in order
     */
    List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses);

    /**
     * Stores many analyses in one transaction, in order: all of them or, on failure, none (one commit for the lot,
     * where {@link #storeAll} commits each; the ids are those the same analyses stored one by one in this order would
     * get).
     *
     * @return one receipt per analysis, in order
     */
    List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses);

    /**
     * Reads back the analysis of {@code symbol} on {@code tradeDate}: every recommendation stored for that day, in the
     * order they were first stored, with the stock's market figures.
     */
    Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate);

    /** Returns the stocks with an analysis stored for {@code tradeDate}, sorted. */
    List<String> symbols(LocalDate tradeDate);
}
