package io.optionsv4.store.testdata;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiAnalysisStore;
import java.nio.file.Path;

/** A second process for the concurrency test: opens the home's database, stores one symbol, prints how, and exits. */
public final class OtherProcess {

    private OtherProcess() {}

    /** Arguments: the home directory and the symbol to store. */
    public static void main(String[] args) {
        try (Database database = Database.open(DbConfig.embedded(Path.of(args[0])))) {
            new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis(args[1], SampleAnalyses.DAY));
            System.out.println("stored " + args[1]);
        }
    }
}
