package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRevaluationTest {

    private static final double RUPEES = 1e-6;

    private final Holding spread = new Holding(
            AllocationFixtures.candidate(
                    1,
                    "INFY",
                    "IT",
                    DirectionalBias.BULLISH,
                    StrategyCategory.DIRECTIONAL,
                    Conviction.HIGH,
                    20_000,
                    1,
                    1500),
            3);
    private final Holding coveredCall = new Holding(coveredCall(), 2);

    @Test
    void test_standardGrid_matchesDirectRevaluationOfEveryLeg() {
        ScenarioGrid grid = ScenarioRevaluation.standardGrid(List.of(spread, coveredCall), AllocationFixtures.RATE);

        assertThat(grid.cells()).hasSize(9 * 3 * 3);
        for (int d = 0; d < 3; d++) {
            for (int v = 0; v < 3; v++) {
                for (int m = 0; m < 9; m++) {
                    ScenarioCell cell = grid.cell(d, v, m);
                    assertThat(cell.daysForward()).isEqualTo(ScenarioGrid.STANDARD_DAYS.get(d));
                    assertThat(cell.volShiftPoints()).isEqualTo(ScenarioGrid.STANDARD_VOL_SHIFTS.get(v));
                    assertThat(cell.niftyMove()).isEqualTo(ScenarioGrid.STANDARD_MOVES.get(m));
                    double expected = direct(spread, cell) + direct(coveredCall, cell);
                    assertThat(cell.pnl()).isCloseTo(expected, within(RUPEES));
                }
            }
        }
    }

    @Test
    void test_standardGrid_zeroAtEntryAndBetaCarriesTheMove() {
        // Entries are model prices, so nothing moved means no P&L; a +10 % NIFTY move lifts the covered call's stock
        // by beta 1.5 × 10 % = 15 %: 2 lots × 500 shares × ₹150.
        ScenarioGrid grid = ScenarioRevaluation.standardGrid(List.of(coveredCall), AllocationFixtures.RATE);
        ScenarioCell flat = grid.cell(0, 1, 4);
        ScenarioCell up = grid.cell(0, 1, 8);

        assertThat(flat.pnl()).isCloseTo(0, within(RUPEES));
        double call = BlackScholesMerton.price(
                Right.CALL, 1150, 1050, AllocationFixtures.YEARS, 0.25, AllocationFixtures.RATE, 0);
        double entry = coveredCall.candidate().exposure().legs().get(0).entryPricePerUnit();
        assertThat(up.pnl()).isCloseTo(2 * (500 * 150.0 - 500 * (call - entry)), within(RUPEES));
    }

    @Test
    void test_standardGrid_bullSpreadGainsWithTheMarket() {
        ScenarioGrid grid = ScenarioRevaluation.standardGrid(List.of(spread), AllocationFixtures.RATE);

        for (int m = 1; m < 9; m++) {
            assertThat(grid.cell(0, 1, m).pnl())
                    .isGreaterThan(grid.cell(0, 1, m - 1).pnl());
        }
        assertThat(grid.cell(2, 1, 4).pnl()).isGreaterThan(grid.cell(0, 1, 4).pnl()); // a credit spread earns theta
        assertThat(grid.cells())
                .filteredOn(c -> c.pnl() == grid.worstPnl())
                .allSatisfy(c -> assertThat(c.niftyMove()).isEqualTo(-0.10));
    }

    /** The P&amp;L of one holding in one cell, leg by leg, written out independently of the code under test. */
    private static double direct(Holding h, ScenarioCell cell) {
        ExposureProfile e = h.candidate().exposure();
        double spot = e.spot() * (1 + e.betaToNifty() * cell.niftyMove());
        double total = e.underlyingUnitsPerLot() * (spot - e.spot());
        for (AllocationLeg leg : e.legs()) {
            double years = leg.yearsToExpiry() - cell.daysForward() / 365.0;
            double vol = leg.impliedVol() + cell.volShiftPoints() / 100;
            double price = BlackScholesMerton.price(
                    leg.right(), spot, leg.strike(), years, vol, AllocationFixtures.RATE, e.dividendYield());
            total += leg.unitsPerLot() * (price - leg.entryPricePerUnit());
        }
        return total * h.lots();
    }

    private static AllocationCandidate coveredCall() {
        double spot = 1000;
        double entry = BlackScholesMerton.price(
                Right.CALL, spot, 1050, AllocationFixtures.YEARS, 0.25, AllocationFixtures.RATE, 0);
        AllocationLeg shortCall = new AllocationLeg(Right.CALL, 1050, AllocationFixtures.YEARS, 0.25, -500, entry);
        OutcomeDistribution outcomes = new OutcomeDistribution(0.5, 0.2, 0.3, 20_000, -40_000, 5_000);
        return new AllocationCandidate(
                new StrategyId(9),
                "ITC",
                "FMCG",
                DirectionalBias.NEUTRAL,
                StrategyCategory.INCOME,
                Conviction.MEDIUM,
                0.5,
                500_000,
                outcomes,
                outcomes.expectedPnlPerLot(),
                AllocationFixtures.exposure(spot, 1.5, List.of(shortCall), 500),
                1,
                Integer.MAX_VALUE);
    }
}
