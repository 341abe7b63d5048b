package io.optionsv4.core.exit;

/** Accumulates {@link PlanPath.Outcome}s into {@link PlanProbabilities}. Not thread-safe. */
final class PlanTally {

    private int target;
    private int stop;
    private int time;
    private int profit;
    private double sum;
    private double sumSquares;
    private long days;

    void add(PlanPath.Outcome outcome) {
        switch (outcome.end()) {
            case TARGET -> target++;
            case STOP -> stop++;
            case TIME -> time++;
        }
        if (outcome.pnl() > 0) {
            profit++;
        }
        sum += outcome.pnl();
        sumSquares += outcome.pnl() * outcome.pnl();
        days += outcome.daysHeld();
    }

    PlanProbabilities result(int paths, long seed) {
        double n = paths;
        double mean = sum / n;
        double variance = Math.max(0.0, sumSquares / n - mean * mean);
        return new PlanProbabilities(
                target / n, stop / n, time / n, profit / n, mean, Math.sqrt(variance / n), days / n, paths, seed);
    }
}
