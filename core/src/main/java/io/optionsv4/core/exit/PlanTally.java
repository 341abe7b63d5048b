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
    private double targetSum;
    private double stopSum;
    private double timeSum;

    void add(PlanPath.Outcome outcome) {
        switch (outcome.end()) {
            case TARGET -> {
                target++;
                targetSum += outcome.pnl();
            }
            case STOP -> {
                stop++;
                stopSum += outcome.pnl();
            }
            case TIME -> {
                time++;
                timeSum += outcome.pnl();
            }
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
                target / n,
                stop / n,
                time / n,
                profit / n,
                mean,
                Math.sqrt(variance / n),
                days / n,
                paths,
                seed,
                mean(targetSum, target),
                mean(stopSum, stop),
                mean(timeSum, time));
    }

    private static double mean(double sum, int count) {
        return count == 0 ? 0.0 : sum / count;
    }
}
