package io.optionsv4.core.allocation;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Full revaluation of a portfolio under scenarios. In a scenario (NIFTY move {@code m}, vol shift {@code Δσ} points,
 * {@code d} calendar days forward) every underlying moves to {@code S' = S · max(0, 1 + β · m)} with β its beta to
 * NIFTY, every option leg is repriced with Black–Scholes–Merton at {@code σ' = max(0, σ + Δσ/100)} and {@code T' =
 * max(0, T − d/365)}, and the P&amp;L is {@code Σ lots · (Σ units · (V' − entry) + underlying units · (S' − S))}. Pure
 * and thread-safe.
 */
public final class ScenarioRevaluation {

    private ScenarioRevaluation() {}

    /**
     * Returns the standard grid ({@link ScenarioGrid#STANDARD_MOVES} × {@link ScenarioGrid#STANDARD_VOL_SHIFTS} ×
     * {@link ScenarioGrid#STANDARD_DAYS}) of {@code holdings}.
     *
     * @param holdings the portfolio
     * @param rate the continuously compounded risk-free rate, annual decimal
     */
    public static ScenarioGrid standardGrid(List<Holding> holdings, double rate) {
        return grid(
                holdings,
                rate,
                ScenarioGrid.STANDARD_MOVES,
                ScenarioGrid.STANDARD_VOL_SHIFTS,
                ScenarioGrid.STANDARD_DAYS);
    }

    /** Returns the grid of {@code holdings} over the given axes (see the class comment for each cell). */
    public static ScenarioGrid grid(
            List<Holding> holdings, double rate, List<Double> moves, List<Double> volShifts, List<Integer> days) {
        Checks.notNull(holdings, "holdings");
        Checks.finite(rate, "rate");
        List<ScenarioCell> cells = new ArrayList<>(moves.size() * volShifts.size() * days.size());
        for (int day : days) {
            for (double shift : volShifts) {
                for (double move : moves) {
                    double pnl = 0;
                    for (Holding h : holdings) {
                        pnl += pnl(h, move, shift, day, rate);
                    }
                    cells.add(new ScenarioCell(move, shift, day, pnl));
                }
            }
        }
        return new ScenarioGrid(moves, volShifts, days, cells);
    }

    /**
     * Returns one holding's P&amp;L in one scenario, rupees.
     *
     * @param holding the position
     * @param niftyMove NIFTY's move, fraction
     * @param volShiftPoints the implied-volatility shift, vol points
     * @param daysForward calendar days forward, {@code >= 0}
     * @param rate the risk-free rate, annual decimal
     */
    public static double pnl(Holding holding, double niftyMove, double volShiftPoints, int daysForward, double rate) {
        ExposureProfile e = holding.candidate().exposure();
        double spot = e.spot() * Math.max(0, 1 + e.betaToNifty() * niftyMove);
        double elapsed = daysForward / TimeToExpiry.DAYS_PER_YEAR;
        double perLot = e.underlyingUnitsPerLot() * (spot - e.spot());
        for (AllocationLeg leg : e.legs()) {
            double value = BlackScholesMerton.price(
                    leg.right(),
                    spot,
                    leg.strike(),
                    Math.max(0, leg.yearsToExpiry() - elapsed),
                    Math.max(0, leg.impliedVol() + volShiftPoints / 100),
                    rate,
                    e.dividendYield());
            perLot += leg.unitsPerLot() * (value - leg.entryPricePerUnit());
        }
        return perLot * holding.lots();
    }
}
