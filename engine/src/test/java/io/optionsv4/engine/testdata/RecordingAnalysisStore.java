package io.optionsv4.engine.testdata;

import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An analysis store that keeps what it is given in memory, records every call, and throws what it is told to for
 * chosen symbols. Thread-safe.
 */
public final class RecordingAnalysisStore implements AnalysisStore {

    private final List<SymbolAnalysis> calls = new CopyOnWriteArrayList<>();
    private final Map<String, SymbolAnalysis> stored = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> faults = new ConcurrentHashMap<>();
    private final List<Integer> batches = new CopyOnWriteArrayList<>();

    /** From now on storing {@code symbol} throws what {@code fault} makes. */
    public RecordingAnalysisStore fail(String symbol, Supplier<RuntimeException> fault) {
        faults.put(symbol, fault);
        return this;
    }

    /**
     * Returns every analysis passed to {@link #store}, in call order, failed calls included, and those of the batches
     * {@link #storeTogether} committed.
     */
    public List<SymbolAnalysis> calls() {
        return List.copyOf(calls);
    }

    /** Returns the analyses stored successfully, by symbol. */
    public Map<String, SymbolAnalysis> stored() {
        return Map.copyOf(stored);
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        calls.add(analysis);
        Supplier<RuntimeException> fault = faults.get(analysis.symbol());
        if (fault != null) {
            throw fault.get();
        }
        stored.put(analysis.symbol(), analysis);
        return new StoreReceipt(analysis.symbol(), analysis.tradeDate(), List.of(), 0);
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        return analyses.stream().map(this::store).toList();
    }

    /**
     * Stores {@code analyses} as one transaction: when any of them has a fault, its failure is thrown and nothing is
     * stored or recorded (the transaction rolled back); otherwise each is recorded as by {@link #store}. The sizes of
     * the batches committed are in {@link #batches()}.
     */
    @Override
    public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
        for (SymbolAnalysis a : analyses) {
            Supplier<RuntimeException> fault = faults.get(a.symbol());
            if (fault != null) {
                throw fault.get();
            }
        }
        batches.add(analyses.size());
        return analyses.stream().map(this::store).toList();
    }

    /** Returns the size of every batch committed by {@link #storeTogether}, in call order. */
    public List<Integer> batches() {
        return List.copyOf(batches);
    }

    @Override
    public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
        return Optional.ofNullable(stored.get(symbol)).filter(a -> a.tradeDate().equals(tradeDate));
    }

    @Override
    public List<String> symbols(LocalDate tradeDate) {
        return stored.values().stream()
                .filter(a -> a.tradeDate().equals(tradeDate))
                .map(SymbolAnalysis::symbol)
                .sorted()
                .toList();
    }
}
