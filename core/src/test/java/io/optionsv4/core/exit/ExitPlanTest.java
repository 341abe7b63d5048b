package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.exit.ExitPlan.Adjustment;
import io.optionsv4.core.exit.ExitPlan.AdjustmentKind;
import io.optionsv4.core.exit.ExitPlan.Crossing;
import io.optionsv4.core.exit.ExitPlan.GreekKind;
import io.optionsv4.core.exit.ExitPlan.GreekTrigger;
import io.optionsv4.core.exit.ExitPlan.ProfitBasis;
import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import io.optionsv4.core.exit.ExitPlan.StopBasis;
import io.optionsv4.core.exit.ExitPlan.StopLoss;
import io.optionsv4.core.exit.ExitPlan.TimeExit;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.RiskTolerance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's own rules: validation, the mapping to the stored risk rules and exit levels, the live checks. */
class ExitPlanTest {

    private static final LocalDate EXPIRY = LocalDate.of(2020, 1, 30);

    private static ExitPlan plan(StopLoss stop, List<ProfitTarget> targets) {
        return new ExitPlan(
                "Iron Condor",
                RiskTolerance.MODERATE,
                ProfitBasis.MAX_PROFIT,
                0.5,
                targets,
                stop,
                new TimeExit(21, EXPIRY.minusDays(21), false, "close at 21 DTE"),
                List.of(new GreekTrigger(GreekKind.DELTA, -3, 20, 0, "re-centre")),
                List.of(new Adjustment(
                        AdjustmentKind.MORPH,
                        1550,
                        Crossing.AT_OR_ABOVE,
                        "short call tested",
                        "morph into Iron Butterfly",
                        List.of("Iron Butterfly"))));
    }

    private static List<ProfitTarget> targets() {
        return List.of(
                new ProfitTarget(500, 0.25, "first"),
                new ProfitTarget(750, 0.25, "second"),
                new ProfitTarget(1000, 0.5, "target"));
    }

    @Test
    void test_riskManagement_stopFractionOfMaxRisk() {
        StopLoss stop = new StopLoss(StopBasis.CREDIT_MULTIPLE, 2000, 1.5, 3000, 6000, "1.5x credit");

        RiskManagement risk = plan(stop, targets()).riskManagement();

        assertThat(risk.profitTarget()).isEqualTo(0.5);
        assertThat(risk.stopLoss()).isCloseTo(0.5, within(1e-12));
        assertThat(risk.timeExitDte()).isEqualTo(21);
        assertThat(risk.maxRiskRupees()).isEqualTo(6000);
    }

    @Test
    void test_riskManagement_nothingToLose_stopFractionZero() {
        StopLoss stop = new StopLoss(StopBasis.MAX_LOSS_FRACTION, 0, 0.5, 0, 0, "no loss possible");

        RiskManagement risk = plan(stop, targets()).riskManagement();

        assertThat(risk.stopLoss()).isZero();
        assertThat(risk.maxRiskRupees()).isZero();
    }

    @Test
    void test_exitLevels_kindsTriggersAndFractions() {
        StopLoss stop = new StopLoss(StopBasis.CREDIT_MULTIPLE, 2000, 1.5, 3000, 6000, "1.5x credit");

        List<ExitLevel> levels = plan(stop, targets()).exitLevels();

        assertThat(levels)
                .extracting(ExitLevel::kind)
                .containsExactly(
                        ExitLevel.Kind.PROFIT_TARGET,
                        ExitLevel.Kind.PROFIT_TARGET,
                        ExitLevel.Kind.PROFIT_TARGET,
                        ExitLevel.Kind.STOP_LOSS,
                        ExitLevel.Kind.TIME_EXIT,
                        ExitLevel.Kind.GREEK_TRIGGER,
                        ExitLevel.Kind.ADJUSTMENT);
        assertThat(levels)
                .extracting(ExitLevel::trigger)
                .containsExactly(500.0, 750.0, 1000.0, -3000.0, 21.0, 20.0, 1550.0);
        assertThat(levels).extracting(ExitLevel::exitFraction).containsExactly(0.25, 0.25, 0.5, 1.0, 1.0, 0.0, 0.0);
        assertThat(levels.get(5).description()).startsWith("DELTA");
        assertThat(levels.get(6).description()).startsWith("MORPH").contains("Iron Butterfly");
        ExitPlannerTest.assertOrdered(levels);
    }

    @Test
    void test_new_fallingTargets_rejected() {
        StopLoss stop = new StopLoss(StopBasis.CREDIT_MULTIPLE, 2000, 1.5, 3000, 6000, "1.5x credit");
        List<ProfitTarget> falling = List.of(new ProfitTarget(750, 0.5, "a"), new ProfitTarget(500, 0.5, "b"));

        assertThatThrownBy(() -> plan(stop, falling)).hasMessageContaining("must rise");
    }

    @Test
    void test_stopLoss_beyondMaxRisk_rejected() {
        assertThatThrownBy(() -> new StopLoss(StopBasis.DEBIT_FRACTION, 1000, 0.5, 700, 600, "x"))
                .hasMessageContaining("exceeds the maximum risk");
        assertThat(new StopLoss(StopBasis.DEBIT_FRACTION, 1000, 0.5, 500, 600, "x").pnlTrigger())
                .isEqualTo(-500);
    }

    @Test
    void test_greekTrigger_breachedOutsideBandEitherSign() {
        GreekTrigger gamma = new GreekTrigger(GreekKind.GAMMA, -0.4, 0.8, 0.5, "reduce");

        assertThat(gamma.breached(-0.4)).isFalse();
        assertThat(gamma.breached(0.8)).isFalse();
        assertThat(gamma.breached(-0.81)).isTrue();
        assertThat(gamma.breached(0.81)).isTrue();
        assertThatThrownBy(() -> gamma.breached(Double.NaN)).hasMessageContaining("liveValue");
        assertThatThrownBy(() -> new GreekTrigger(GreekKind.VEGA, 1, 0, 0, "x")).hasMessageContaining("limit");
    }

    @Test
    void test_adjustment_crossingAndMorphNeedsStrategies() {
        Adjustment roll = new Adjustment(
                AdjustmentKind.DEFENSIVE_ROLL, 1450, Crossing.AT_OR_BELOW, "put tested", "roll out", List.of());

        assertThat(roll.triggered(1450)).isTrue();
        assertThat(roll.triggered(1449)).isTrue();
        assertThat(roll.triggered(1451)).isFalse();
        assertThatThrownBy(() -> new Adjustment(AdjustmentKind.MORPH, 1450, Crossing.AT_OR_BELOW, "x", "y", List.of()))
                .hasMessageContaining("MORPH");
        assertThatThrownBy(() -> new Adjustment(
                        AdjustmentKind.DEFENSIVE_ROLL, 1450, Crossing.AT_OR_BELOW, "x", "y", List.of("Iron Condor")))
                .hasMessageContaining("DEFENSIVE_ROLL");
    }

    @Test
    void test_timeExit_negativeDte_rejected() {
        assertThatThrownBy(() -> new TimeExit(-1, EXPIRY, false, "x")).hasMessageContaining("dte");
    }
}
