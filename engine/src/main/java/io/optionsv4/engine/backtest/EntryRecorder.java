package io.optionsv4.engine.backtest;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis store of a backtest: stores through the run's store and remembers which stored id each recommendation
 * got, so that the trade the execution enters can be traced back to the analysis' probabilities. Thread-safe.
 */
final class EntryRecorder implements AnalysisStore {

    private final AnalysisStore store;
    private final Map<Long, Recorded> byId = new ConcurrentHashMap<>();

    private record Recorded(LocalDate tradeDate, StrategyRecommendation recommendation) {}

    EntryRecorder(AnalysisStore store) {
        this.store = Checks.notNull(store, "store");
    }

    /** Returns the recommendation stored under {@code strategyId} by this run, if any. */
    Optional<StrategyRecommendation> recommendation(long strategyId) {
        return Optional.ofNullable(byId.get(strategyId)).map(Recorded::recommendation);
    }

    /**
     * Forgets the recommendations of days up to {@code day} that are not in {@code keep} (those not entered: keeps
     * memory flat over long runs); those of later days, analysed ahead, stay.
     */
    void forgetAllBut(java.util.Set<Long> keep, LocalDate day) {
        byId.entrySet().removeIf(e -> !e.getValue().tradeDate().isAfter(day) && !keep.contains(e.getKey()));
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        return record(analysis, store.store(analysis));
    }

    @Override
    public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
        List<StoreReceipt> receipts = store.storeTogether(analyses);
        for (int i = 0; i < receipts.size(); i++) {
            record(analyses.get(i), receipts.get(i));
        }
        return receipts;
    }

    private StoreReceipt record(SymbolAnalysis analysis, StoreReceipt receipt) {
        List<StrategyId> ids = receipt.strategyIds();
        for (int i = 0; i < ids.size() && i < analysis.recommendations().size(); i++) {
            byId.put(
                    ids.get(i).value(),
                    new Recorded(
                            analysis.tradeDate(), analysis.recommendations().get(i)));
        }
        return receipt;
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        List<StoreReceipt> receipts = new ArrayList<>(analyses.size());
        for (SymbolAnalysis a : analyses) {
            receipts.add(store(a));
        }
        return receipts;
    }

    @Override
    public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
        return store.find(symbol, tradeDate);
    }

    @Override
    public List<String> symbols(LocalDate tradeDate) {
        return store.symbols(tradeDate);
    }
}
