package io.optionsv4.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.ToLongFunction;

/**
 * The thread CPU time per call of the work of {@link CostsMarginBenchmark}, beside the JMH wall-clock figures: on a
 * 2-core machine shared by other builds, JMH's average time includes the time this thread waited for a core;
 * {@link ThreadMXBean#getCurrentThreadCpuTime()} does not. For costs + margin, costs only and margin only: a warm-up of
 * 200,000 calls, then 5 rounds of 200,000 calls; prints each round's nanoseconds of CPU time and of wall time per call.
 */
public final class CostsMarginCpuTime {

    private static final int CALLS = 200_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CostsMarginCpuTime() {}

    /** Runs the measurement and prints one line per round. */
    public static void main(String[] args) {
        CostsMarginBenchmark bench = new CostsMarginBenchmark();
        long sink = 0;
        sink += measure(
                "costs + margin",
                b -> b.costsOnly().total().paise() + b.marginOnly().span().paise(),
                bench);
        sink += measure("costs only", b -> b.costsOnly().total().paise(), bench);
        sink += measure("margin only", b -> b.marginOnly().span().paise(), bench);
        System.out.println("(checksum " + sink + ")");
    }

    private static long measure(String name, ToLongFunction<CostsMarginBenchmark> work, CostsMarginBenchmark bench) {
        long sink = 0;
        for (int i = 0; i < CALLS; i++) {
            sink += work.applyAsLong(bench);
        }
        for (int round = 1; round <= 5; round++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += work.applyAsLong(bench);
            }
            long cpuPerCall = (THREADS.getCurrentThreadCpuTime() - cpu) / CALLS;
            long wallPerCall = (System.nanoTime() - wall) / CALLS;
            System.out.printf("%s, round %d: cpu %d ns/call, wall %d ns/call%n", name, round, cpuPerCall, wallPerCall);
        }
        return sink;
    }
}
