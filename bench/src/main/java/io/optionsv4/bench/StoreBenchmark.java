package io.optionsv4.bench;

import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiAnalysisStore;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Storing analyses on the embedded PostgreSQL 17 (a fresh {@code OPTIONS_V4_HOME} in a temporary directory, production
 * migrations): one symbol's complete analysis (three strategies, 56 rows over all twelve strategy tables, one
 * transaction), and a day of 200 symbols, one transaction each or all of them in one ({@code storeTogether}, as
 * {@code analyze} stores the symbols its workers have finished). Every invocation stores new rows: the symbol or the
 * day changes, so the idempotency check never short-cuts. Sample time, so the report shows the median (p0.50).
 *
 * <p>Run: {@code bench/run-store.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreBenchmark {

    private static final int DAY_SYMBOLS = 200;

    private Path home;
    private Database database;
    private JdbiAnalysisStore store;
    private long counter;
    private LocalDate day = LocalDate.of(2020, 1, 1);

    /** Opens the embedded database in a temporary home. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("options-v4-bench");
        database = Database.open(DbConfig.embedded(home));
        store = new JdbiAnalysisStore(database.jdbi());
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** Stores one symbol's complete analysis. */
    @Benchmark
    public StoreReceipt storeOneSymbol() {
        counter++;
        return store.store(SampleAnalyses.analysis("ONE" + counter, LocalDate.of(2021, 1, 1)));
    }

    /** Stores 200 symbols' complete analyses for a new day. */
    @Benchmark
    public List<StoreReceipt> storeTwoHundredSymbols() {
        day = day.plusDays(1);
        List<SymbolAnalysis> analyses = new ArrayList<>(DAY_SYMBOLS);
        for (int i = 0; i < DAY_SYMBOLS; i++) {
            analyses.add(SampleAnalyses.analysis("SYM" + i, day));
        }
        return store.storeAll(analyses);
    }

    /** Stores 200 symbols' complete analyses for a new day in one transaction. */
    @Benchmark
    public List<StoreReceipt> storeTwoHundredSymbolsTogether() {
        day = day.plusDays(1);
        List<SymbolAnalysis> analyses = new ArrayList<>(DAY_SYMBOLS);
        for (int i = 0; i < DAY_SYMBOLS; i++) {
            analyses.add(SampleAnalyses.analysis("SYM" + i, day));
        }
        return store.storeTogether(analyses);
    }
}
