package io.optionsv4.store.testdata;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiAnalysisStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The crash-safety run: a {@link StoringProcess} stores symbols one transaction at a time; after its first commit, at
 * a random moment within the next 1.5 s, either
 * the embedded server's main process (postmaster) or the storing JVM is killed with SIGKILL; the database is opened
 * again (crash recovery) and every symbol the process reported committed must be there. {@code main} runs it N times
 * for {@code bench/run-crash-safety.sh}; {@code CrashSafetyIT} runs it a few times in CI.
 */
public final class CrashSafety {

    /** What is killed. */
    public enum Target {
        /** The embedded PostgreSQL's postmaster. */
        SERVER,
        /** The JVM of the storing command. */
        JVM
    }

    /**
     * One run's outcome.
     *
     * @param target what was killed
     * @param committed symbols reported committed before the kill
     * @param missing committed symbols not found after the restart (must be empty)
     */
    public record Outcome(Target target, int committed, List<String> missing) {}

    private CrashSafety() {}

    /** Runs once on {@code home}: start storing, kill {@code target} after a random delay, reopen, compare. */
    public static Outcome runOnce(Path home, Target target, Random random, String prefix) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoringProcess.class.getName(),
                        home.toString(),
                        prefix,
                        "100000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        if (!"open".equals(out.readLine())) {
            throw new IllegalStateException("the storing process did not open the database");
        }
        List<String> committed = new ArrayList<>();
        Thread reader = new Thread(() -> drain(out, committed));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (size(committed) == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(random.nextInt(1500));
        if (target == Target.SERVER) {
            postmaster(home).destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        Set<String> found = new HashSet<>(reopen(home));
        List<String> reported;
        synchronized (committed) {
            reported = List.copyOf(committed);
        }
        return new Outcome(
                target,
                reported.size(),
                reported.stream().filter(s -> !found.contains(s)).toList());
    }

    /** Arguments: the number of runs (default 50) and optionally a seed; prints one line per run and a summary. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime());
        Path home = Files.createTempDirectory("options-v4-crash-safety");
        int lost = 0;
        long committed = 0;
        for (int i = 0; i < runs; i++) {
            Target target = i % 2 == 0 ? Target.SERVER : Target.JVM;
            Outcome outcome = runOnce(home, target, random, "R" + i);
            committed += outcome.committed();
            lost += outcome.missing().size();
            System.out.printf(
                    "run %d: killed %s after %d commits, missing %s%n",
                    i + 1, target, outcome.committed(), outcome.missing());
        }
        System.out.printf("%d runs, %d commits reported, %d missing after restart%n", runs, committed, lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static int size(List<String> committed) {
        synchronized (committed) {
            return committed.size();
        }
    }

    private static void drain(BufferedReader out, List<String> committed) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    synchronized (committed) {
                        committed.add(line.substring("committed ".length()));
                    }
                }
            }
        } catch (IOException e) {
            // the process died: what was read stands
        }
    }

    private static ProcessHandle postmaster(Path home) throws IOException {
        String first = Files.readAllLines(home.resolve("db/pgdata/postmaster.pid"))
                .get(0)
                .strip();
        return ProcessHandle.of(Long.parseLong(first)).orElseThrow();
    }

    private static List<String> reopen(Path home) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Database database = Database.open(DbConfig.embedded(home))) {
                return new JdbiAnalysisStore(database.jdbi()).symbols(SampleAnalyses.DAY);
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
