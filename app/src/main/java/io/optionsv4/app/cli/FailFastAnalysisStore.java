package io.optionsv4.app.cli;

import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AnalysisStore} that stops using a database that went away: after the first failure that means the
 * connection is gone (SQL state class {@code 08}, or the pool's connection timeout, {@code
 * io.optionsv4.store.Database#CONNECTION_TIMEOUT}), every later call fails at once instead of waiting for the pool
 * again, so the run ends within seconds and {@link #lost()} tells the command to exit 3 naming the database.
 * Thread-safe.
 */
final class FailFastAnalysisStore implements AnalysisStore {

    private final AnalysisStore delegate;
    private final String database;
    private volatile String lost;

    FailFastAnalysisStore(AnalysisStore delegate, String database) {
        this.delegate = delegate;
        this.database = database;
    }

    /** Returns why the database was given up, when it was. */
    Optional<String> lost() {
        return Optional.ofNullable(lost);
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        return guarded(() -> delegate.store(analysis));
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        return guarded(() -> delegate.storeAll(analyses));
    }

    @Override
    public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
        return guarded(() -> delegate.storeTogether(analyses));
    }

    @Override
    public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
        return guarded(() -> delegate.find(symbol, tradeDate));
    }

    @Override
    public List<String> symbols(LocalDate tradeDate) {
        return guarded(() -> delegate.symbols(tradeDate));
    }

    private <T> T guarded(java.util.function.Supplier<T> call) {
        String reason = lost;
        if (reason != null) {
            throw new StoreException("database " + database + " unavailable, not tried again: " + reason);
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (isConnectionLoss(e)) {
                lost = e.getMessage();
            }
            throw e;
        }
    }

    /** Returns true when {@code e} says the connection to the server is gone rather than that one write failed. */
    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
