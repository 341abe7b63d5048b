package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.store.testdata.CrashSafety;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit a storing process saw survives {@code kill -9} of the embedded server or of the process itself: five
 * runs with random kill points (the 50-run version is {@code bench/run-crash-safety.sh}).
 */
class CrashSafetyIT {

    private static final int RUNS = 5;

    @TempDir
    Path home;

    @Test
    void test_store_everyReportedCommitSurvivesKillOfServerOrJvm() throws Exception {
        Random random = new Random(20261207L);
        int committed = 0;
        for (int i = 0; i < RUNS; i++) {
            CrashSafety.Target target = i % 2 == 0 ? CrashSafety.Target.SERVER : CrashSafety.Target.JVM;
            CrashSafety.Outcome outcome = CrashSafety.runOnce(home, target, random, "R" + i);
            assertThat(outcome.missing()).as("run %d, killed %s", i, target).isEmpty();
            committed += outcome.committed();
        }
        assertThat(committed).as("commits reported over the runs").isPositive();
    }
}
