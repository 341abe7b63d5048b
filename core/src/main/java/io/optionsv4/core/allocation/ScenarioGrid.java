package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The portfolio's P&amp;L over a grid of NIFTY moves × implied-volatility shifts × days forward, computed by {@link
 * ScenarioRevaluation}.
 *
 * @param niftyMoves the NIFTY moves, fractions, ascending
 * @param volShiftPoints the volatility shifts, vol points, ascending
 * @param daysForward the horizons, calendar days, ascending
 * @param cells one cell per combination, ordered by day, then vol shift, then move
 */
public record ScenarioGrid(
        List<Double> niftyMoves, List<Double> volShiftPoints, List<Integer> daysForward, List<ScenarioCell> cells) {

    /** The NIFTY moves: −10/−5/−2/−1/0/+1/+2/+5/+10 %. */
    public static final List<Double> STANDARD_MOVES = List.of(-0.10, -0.05, -0.02, -0.01, 0.0, 0.01, 0.02, 0.05, 0.10);

    /** The volatility shifts: −5/0/+5 points. */
    public static final List<Double> STANDARD_VOL_SHIFTS = List.of(-5.0, 0.0, 5.0);

    /** The horizons: now, +1 day, +1 week. */
    public static final List<Integer> STANDARD_DAYS = List.of(0, 1, 7);

    /** Validates the grid and copies the lists. */
    public ScenarioGrid {
        niftyMoves = List.copyOf(Checks.notNull(niftyMoves, "niftyMoves"));
        volShiftPoints = List.copyOf(Checks.notNull(volShiftPoints, "volShiftPoints"));
        daysForward = List.copyOf(Checks.notNull(daysForward, "daysForward"));
        cells = List.copyOf(Checks.notNull(cells, "cells"));
        int expected = niftyMoves.size() * volShiftPoints.size() * daysForward.size();
        Checks.argument(cells.size() == expected, "the grid needs " + expected + " cells but has " + cells.size());
    }

    /** Returns the cell of the given indexes into the three axes. */
    public ScenarioCell cell(int dayIndex, int volIndex, int moveIndex) {
        return cells.get((dayIndex * volShiftPoints.size() + volIndex) * niftyMoves.size() + moveIndex);
    }

    /** Returns the worst P&amp;L over the grid, rupees (0 for an empty portfolio). */
    public double worstPnl() {
        return cells.stream().mapToDouble(ScenarioCell::pnl).min().orElse(0);
    }
}
