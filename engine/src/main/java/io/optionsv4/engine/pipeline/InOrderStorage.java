package io.optionsv4.engine.pipeline;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores a run's analysed symbols in the universe's order while the workers analyse on, so that the stored ids do not
 * depend on which worker finished first (a run, and a backtest, is reproducible). The symbols analysed by the time
 * the next one is due are stored together, in one transaction ({@link AnalysisStore#storeTogether}), so that one
 * thread's storing keeps up with the workers; when that transaction fails, each of them is stored on its own, so that
 * one symbol's failure is reported on it alone. The plan outcomes the allocator sizes with go the same way: those of a
 * batch in one transaction, symbol by symbol when it fails.
 */
final class InOrderStorage {

    /** At most this many symbols are stored in one transaction. */
    static final int MAX_BATCH = 64;

    private final Optional<AnalysisStore> analysisStore;
    private final Optional<AllocationStore> allocationStore;

    InOrderStorage(Optional<AnalysisStore> analysisStore, Optional<AllocationStore> allocationStore) {
        this.analysisStore = Checks.notNull(analysisStore, "analysisStore");
        this.allocationStore = Checks.notNull(allocationStore, "allocationStore");
    }

    /**
     * Returns the end (exclusive) of the batch that starts at {@code next}: {@code next} itself (due, waited for by
     * the caller) and the futures after it that are done, up to {@link #MAX_BATCH} in all.
     */
    static int batchEnd(List<? extends Future<?>> futures, int next) {
        Checks.argument(next >= 0 && next < futures.size(), "next " + next + " outside 0.." + futures.size());
        int end = next + 1;
        while (end < futures.size()
                && end - next < MAX_BATCH
                && futures.get(end).isDone()) {
            end++;
        }
        return end;
    }

    /**
     * Stores the analysed outcomes of {@code batch} (when {@code store} is asked for and there is a store) and returns
     * the batch in order, each analysed outcome with its storage told: unchanged when stored, with its store error
     * when not. {@code stored} counts the symbols stored, plan outcomes included.
     */
    List<SymbolOutcome> store(List<SymbolOutcome> batch, boolean store, AtomicInteger stored) {
        if (!store || analysisStore.isEmpty()) {
            return batch;
        }
        List<SymbolOutcome.Analysed> analysed = new ArrayList<>();
        for (SymbolOutcome outcome : batch) {
            if (outcome instanceof SymbolOutcome.Analysed a) {
                analysed.add(a);
            }
        }
        List<StoreReceipt> receipts = null;
        if (analysed.size() > 1) {
            try {
                receipts = analysisStore
                        .get()
                        .storeTogether(analysed.stream()
                                .map(SymbolOutcome.Analysed::analysis)
                                .toList());
            } catch (RuntimeException e) {
                receipts = null; // rolled back: stored one by one below, each failure on its own symbol
            }
        }
        boolean outcomesStored = receipts != null && planOutcomesTogether(analysed, receipts);
        List<SymbolOutcome> told = new ArrayList<>(batch.size());
        int k = 0;
        for (SymbolOutcome outcome : batch) {
            if (outcome instanceof SymbolOutcome.Analysed a) {
                if (receipts == null) {
                    told.add(storeAlone(a, stored));
                } else if (outcomesStored) {
                    stored.incrementAndGet();
                    told.add(a);
                } else {
                    told.add(planOutcomes(a, receipts.get(k), stored));
                }
                k++;
            } else {
                told.add(outcome);
            }
        }
        return told;
    }

    /**
     * Stores the plan outcomes of every stored symbol of a batch in one transaction (true when there is nothing to
     * store them in); false when that transaction failed, to store them symbol by symbol.
     */
    private boolean planOutcomesTogether(List<SymbolOutcome.Analysed> analysed, List<StoreReceipt> receipts) {
        if (allocationStore.isEmpty()) {
            return true;
        }
        List<PlanOutcome> all = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            all.addAll(PlanOutcomes.of(receipts.get(i), analysed.get(i).strategies()));
        }
        try {
            allocationStore.get().storePlanOutcomes(all);
            return true;
        } catch (RuntimeException e) {
            return false; // rolled back: stored symbol by symbol, each failure on its own symbol
        }
    }

    private SymbolOutcome storeAlone(SymbolOutcome.Analysed analysed, AtomicInteger stored) {
        StoreReceipt receipt;
        try {
            receipt = analysisStore.get().store(analysed.analysis());
        } catch (RuntimeException e) {
            // A StoreException as the port promises, or a store bug: either way the analysis stands, is reported as
            // not stored, and the symbol's progress is still told (an escaping exception would skip it).
            return notStored(analysed, e);
        }
        return planOutcomes(analysed, receipt, stored);
    }

    /** Stores the plan outcomes of the stored {@code analysed}, when there is an allocation store; counts it stored. */
    private SymbolOutcome planOutcomes(SymbolOutcome.Analysed analysed, StoreReceipt receipt, AtomicInteger stored) {
        try {
            allocationStore.ifPresent(store -> PlanOutcomes.store(store, receipt, analysed.strategies()));
        } catch (RuntimeException e) {
            return notStored(analysed, e);
        }
        stored.incrementAndGet();
        return analysed;
    }

    private static SymbolOutcome notStored(SymbolOutcome.Analysed analysed, RuntimeException e) {
        return new SymbolOutcome.Analysed(
                analysed.symbol(),
                analysed.underlying(),
                analysed.analysis(),
                analysed.strategies(),
                analysed.rejections(),
                Optional.of(AnalysisPipeline.describe(e)));
    }
}
