package io.optionsv4.store.testdata;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiAnalysisStore;
import java.nio.file.Path;

/**
 * A storing run for the crash-safety test: stores one symbol per transaction, printing {@code committed SYMBOL} after
 * each commit returned, until killed or {@code count} symbols are stored.
 */
public final class StoringProcess {

    private StoringProcess() {}

    /** Arguments: the home directory, a run prefix for the symbols, and how many symbols to store. */
    public static void main(String[] args) {
        try (Database database = Database.open(DbConfig.embedded(Path.of(args[0])))) {
            JdbiAnalysisStore store = new JdbiAnalysisStore(database.jdbi());
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                String symbol = args[1] + "S" + i;
                store.store(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY));
                System.out.println("committed " + symbol);
                System.out.flush();
            }
        }
    }
}
