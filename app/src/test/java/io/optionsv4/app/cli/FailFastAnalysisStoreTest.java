package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A database that goes away is given up after the first connection failure; other failures are not. */
class FailFastAnalysisStoreTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    /** A store whose every call fails with {@code failure}, counting the calls. */
    private record FailingStore(RuntimeException failure, AtomicInteger calls) implements AnalysisStore {
        @Override
        public StoreReceipt store(SymbolAnalysis analysis) {
            calls.incrementAndGet();
            throw failure;
        }

        @Override
        public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
            calls.incrementAndGet();
            throw failure;
        }

        @Override
        public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
            calls.incrementAndGet();
            throw failure;
        }

        @Override
        public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
            calls.incrementAndGet();
            throw failure;
        }

        @Override
        public List<String> symbols(LocalDate tradeDate) {
            calls.incrementAndGet();
            throw failure;
        }
    }

    @Test
    void test_store_connectionLossGivesUpTheDatabaseAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        var lost = new StoreException("storing X", new SQLException("An I/O error occurred", "08006"));
        var store = new FailFastAnalysisStore(new FailingStore(lost, calls), "embedded /home/db");

        assertThatThrownBy(() -> store.symbols(DAY)).isSameAs(lost);
        assertThatThrownBy(() -> store.symbols(DAY))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("database embedded /home/db unavailable, not tried again");
        assertThat(calls).hasValue(1);
        assertThat(store.lost()).contains("storing X");
    }

    @Test
    void test_store_otherFailureIsNotAnOutage() {
        AtomicInteger calls = new AtomicInteger();
        var constraint = new StoreException("storing X", new SQLException("violates check", "23514"));
        var store = new FailFastAnalysisStore(new FailingStore(constraint, calls), "db");

        assertThatThrownBy(() -> store.symbols(DAY)).isSameAs(constraint);
        assertThatThrownBy(() -> store.symbols(DAY)).isSameAs(constraint);
        assertThat(calls).hasValue(2);
        assertThat(store.lost()).isEmpty();
    }

    @Test
    void test_isConnectionLoss_poolTimeout() {
        assertThat(FailFastAnalysisStore.isConnectionLoss(
                        new StoreException("x", new java.sql.SQLTransientConnectionException("timed out"))))
                .isTrue();
    }
}
