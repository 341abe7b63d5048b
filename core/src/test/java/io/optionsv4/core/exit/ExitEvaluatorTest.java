package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExitEvaluatorTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 12, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);
    private static final LocalDate TIME_EXIT = LocalDate.of(2026, 12, 22);

    /** A credit spread's plan: targets at ₹1,000 (half) and ₹2,000 (the rest), stop at a ₹3,000 loss. */
    private static ExitRules rules() {
        return new ExitRules(
                List.of(
                        new ExitPlan.ProfitTarget(1_000, 0.5, "half at 25% of the credit"),
                        new ExitPlan.ProfitTarget(2_000, 0.5, "the rest at 50% of the credit")),
                3_000,
                Optional.empty(),
                Optional.empty(),
                7,
                TIME_EXIT,
                0,
                List.of(new ExitPlan.GreekTrigger(ExitPlan.GreekKind.DELTA, 10, 50, 0.5, "halve the position")),
                List.of(new ExitPlan.Adjustment(
                        ExitPlan.AdjustmentKind.DEFENSIVE_ROLL,
                        1_400,
                        ExitPlan.Crossing.AT_OR_ABOVE,
                        "short call tested",
                        "roll the call spread up and out",
                        List.of())),
                1,
                Duration.ofSeconds(30));
    }

    private static PositionState state(double pnl, double peak, double closed, LocalDate today, double spot) {
        int dte = (int) java.time.temporal.ChronoUnit.DAYS.between(today, EXPIRY);
        return new PositionState(
                today,
                ENTRY,
                EXPIRY,
                dte,
                3,
                Math.max(0, dte * 5 / 7),
                pnl,
                peak,
                closed,
                spot,
                new PositionState.NetGreeks(12, 0.1, -40),
                List.of(
                        new LegState(Side.SELL, Right.CALL, 1_350, true, "ABC 29DEC2026 1350 CE"),
                        new LegState(Side.BUY, Right.CALL, 1_400, true, "ABC 29DEC2026 1400 CE")),
                Duration.ofSeconds(2),
                Set.of());
    }

    private static PositionState state(double pnl) {
        return state(pnl, Math.max(pnl, 0), 0, LocalDate.of(2026, 12, 8), 1_300);
    }

    @Test
    void withinPlanTheOnlyActionIsToKeepWatching() {
        ExitDecision decision = ExitEvaluator.STANDARD.evaluate(state(400), rules());
        assertThat(decision.actions()).hasSize(1);
        assertThat(decision.primary().kind()).isEqualTo(ActionKind.MONITOR);
        assertThat(decision.primary().rule()).isEqualTo("WITHIN_PLAN");
        assertThat(decision.closes()).isFalse();
    }

    @Test
    void firstTargetClosesItsShareOnceAndTheLastClosesTheRest() {
        ExitDecision first = ExitEvaluator.STANDARD.evaluate(state(1_200), rules());
        assertThat(first.primary().kind()).isEqualTo(ActionKind.CLOSE_PARTIAL);
        assertThat(first.primary().fraction()).isEqualTo(0.5);
        assertThat(first.primary().reason()).contains("₹1,200.00", "₹1,000.00");

        PositionState halfClosed = state(1_300, 1_300, 0.5, LocalDate.of(2026, 12, 8), 1_300);
        assertThat(ExitEvaluator.STANDARD.evaluate(halfClosed, rules()).closes())
                .as("the first level is not taken twice")
                .isFalse();

        PositionState atSecond = state(2_050, 2_050, 0.5, LocalDate.of(2026, 12, 9), 1_300);
        ExitAction last = ExitEvaluator.STANDARD.evaluate(atSecond, rules()).primary();
        assertThat(last.kind()).isEqualTo(ActionKind.CLOSE_IMMEDIATELY);
        assertThat(last.rule()).isEqualTo("PROFIT_TARGET");
    }

    @Test
    void aJumpPastBothTargetsClosesEverythingAtOnce() {
        ExitAction action =
                ExitEvaluator.STANDARD.evaluate(state(2_500), rules()).primary();
        assertThat(action.kind()).isEqualTo(ActionKind.CLOSE_IMMEDIATELY);
        assertThat(action.urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void stopLossIsAFullCloseOfHighUrgencyAndBeatsAGreekPartial() {
        PositionState losing = new PositionState(
                LocalDate.of(2026, 12, 8),
                ENTRY,
                EXPIRY,
                21,
                5,
                15,
                -3_000,
                200,
                0,
                1_300,
                new PositionState.NetGreeks(80, 0.1, -40),
                List.of(),
                Duration.ZERO,
                Set.of());
        ExitDecision decision = ExitEvaluator.STANDARD.evaluate(losing, rules());
        assertThat(decision.primary().rule()).isEqualTo("STOP_LOSS");
        assertThat(decision.primary().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(decision.actions()).noneMatch(a -> a.kind() == ActionKind.CLOSE_PARTIAL);
        assertThat(ExitEvaluator.STANDARD.evaluate(state(-2_999.99), rules()).closes())
                .isFalse();
    }

    @Test
    void absoluteStopAppliesWhenThePlansStopIsLooser() {
        ExitRules withLimit = new ExitRules(
                rules().profitTargets(),
                3_000,
                Optional.of(1_500.0),
                Optional.empty(),
                7,
                TIME_EXIT,
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        ExitAction action =
                ExitEvaluator.STANDARD.evaluate(state(-1_600), withLimit).primary();
        assertThat(action.rule()).isEqualTo("ABSOLUTE_STOP");
        assertThat(action.kind()).isEqualTo(ActionKind.CLOSE_IMMEDIATELY);
    }

    @Test
    void trailingStopArmsAtItsLevelAndFiresOnTheGiveback() {
        ExitRules trailing = new ExitRules(
                List.of(new ExitPlan.ProfitTarget(5_000, 1.0, "all at 5,000")),
                3_000,
                Optional.empty(),
                Optional.of(new ExitRules.TrailingStop(1_000, 0.4)),
                7,
                TIME_EXIT,
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertThat(ExitEvaluator.STANDARD
                        .evaluate(state(500, 900, 0, day, 1_300), trailing)
                        .closes())
                .as("never armed: the peak stayed below ₹1,000")
                .isFalse();
        assertThat(ExitEvaluator.STANDARD
                        .evaluate(state(1_300, 2_000, 0, day, 1_300), trailing)
                        .closes())
                .as("armed, 65% of the peak kept")
                .isFalse();
        ExitAction fired = ExitEvaluator.STANDARD
                .evaluate(state(1_200, 2_000, 0, day, 1_300), trailing)
                .primary();
        assertThat(fired.rule()).isEqualTo("TRAILING_STOP");
        assertThat(fired.reason()).contains("₹1,200.00").contains("₹2,000.00");
    }

    @Test
    void timeExitFiresOnItsDayOrAtItsDte() {
        ExitAction onDay = ExitEvaluator.STANDARD
                .evaluate(state(100, 100, 0, TIME_EXIT, 1_300), rules())
                .primary();
        assertThat(onDay.rule()).isEqualTo("TIME_EXIT");
        assertThat(onDay.urgency()).isEqualTo(Urgency.MEDIUM);
        assertThat(ExitEvaluator.STANDARD
                        .evaluate(state(100, 100, 0, TIME_EXIT.minusDays(1), 1_300), rules())
                        .closes())
                .isFalse();
        ExitRules tightDte = new ExitRules(
                List.of(),
                0,
                Optional.empty(),
                Optional.empty(),
                25,
                EXPIRY,
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        assertThat(ExitEvaluator.STANDARD.evaluate(state(0), tightDte).primary().reason())
                .contains("21 days to expiry, at or below the plan's 25");
    }

    @Test
    void maximumHoldingPeriodCountsTradingDays() {
        ExitRules holding = new ExitRules(
                List.of(),
                0,
                Optional.empty(),
                Optional.empty(),
                0,
                EXPIRY,
                3,
                List.of(),
                List.of(),
                0,
                Duration.ofSeconds(30));
        assertThat(ExitEvaluator.STANDARD.evaluate(state(0), holding).primary().rule())
                .isEqualTo("MAX_HOLDING");
    }

    @Test
    void inTheMoneyShortStockOptionIsClosedBeforeExpiryDay() {
        LocalDate dayBefore = LocalDate.of(2026, 12, 28);
        PositionState nearExpiry = new PositionState(
                dayBefore,
                ENTRY,
                EXPIRY,
                1,
                18,
                1,
                100,
                500,
                0,
                1_360,
                new PositionState.NetGreeks(0, 0, 0),
                List.of(new LegState(Side.SELL, Right.CALL, 1_350, true, "ABC 29DEC2026 1350 CE")),
                Duration.ZERO,
                Set.of());
        ExitRules noTime = new ExitRules(
                List.of(),
                0,
                Optional.empty(),
                Optional.empty(),
                0,
                EXPIRY,
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        ExitAction action = ExitEvaluator.STANDARD.evaluate(nearExpiry, noTime).primary();
        assertThat(action.rule()).isEqualTo("EXPIRY_RISK");
        assertThat(action.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(action.reason()).contains("ABC 29DEC2026 1350 CE", "delivery");

        PositionState index = new PositionState(
                dayBefore,
                ENTRY,
                EXPIRY,
                1,
                18,
                1,
                100,
                500,
                0,
                1_360,
                new PositionState.NetGreeks(0, 0, 0),
                List.of(new LegState(Side.SELL, Right.CALL, 1_350, false, "NIFTY 29DEC2026 1350 CE")),
                Duration.ZERO,
                Set.of());
        assertThat(ExitEvaluator.STANDARD.evaluate(index, noTime).closes())
                .as("index options settle in cash")
                .isFalse();
    }

    @Test
    void greekBandClosesItsShareOnceThenOnlyAlerts() {
        PositionState breached = new PositionState(
                LocalDate.of(2026, 12, 8),
                ENTRY,
                EXPIRY,
                21,
                5,
                15,
                0,
                0,
                0,
                1_300,
                new PositionState.NetGreeks(-60, 0.1, -40),
                List.of(),
                Duration.ZERO,
                Set.of());
        ExitAction action = ExitEvaluator.STANDARD.evaluate(breached, rules()).primary();
        assertThat(action.kind()).isEqualTo(ActionKind.CLOSE_PARTIAL);
        assertThat(action.fraction()).isEqualTo(0.5);
        assertThat(action.rule()).isEqualTo("GREEK_DELTA");

        PositionState acted = new PositionState(
                LocalDate.of(2026, 12, 8),
                ENTRY,
                EXPIRY,
                21,
                5,
                15,
                0,
                0,
                0.5,
                1_300,
                new PositionState.NetGreeks(-60, 0.1, -40),
                List.of(),
                Duration.ZERO,
                Set.of("GREEK_DELTA"));
        ExitAction after = ExitEvaluator.STANDARD.evaluate(acted, rules()).primary();
        assertThat(after.kind()).isEqualTo(ActionKind.MONITOR);
        assertThat(after.urgency()).isEqualTo(Urgency.MEDIUM);
    }

    @Test
    void adjustmentIsSuggestedWhenTheUnderlyingCrossesItsPrice() {
        ExitDecision decision =
                ExitEvaluator.STANDARD.evaluate(state(-500, 0, 0, LocalDate.of(2026, 12, 8), 1_405), rules());
        assertThat(decision.primary().kind()).isEqualTo(ActionKind.ADJUST);
        assertThat(decision.primary().reason()).contains("roll the call spread up and out");
    }

    @Test
    void staleQuotesDecideNothing() {
        PositionState stale = new PositionState(
                LocalDate.of(2026, 12, 8),
                ENTRY,
                EXPIRY,
                21,
                5,
                15,
                -9_000,
                0,
                0,
                1_300,
                new PositionState.NetGreeks(0, 0, 0),
                List.of(),
                Duration.ofSeconds(31),
                Set.of());
        ExitDecision decision = ExitEvaluator.STANDARD.evaluate(stale, rules());
        assertThat(decision.actions()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("STALE_QUOTE");
            assertThat(a.urgency()).isEqualTo(Urgency.HIGH);
            assertThat(a.closes()).isFalse();
        });
    }

    @Test
    void rulesScaleWithTheLotsHeld() {
        ExitRules three = rules().scaled(3);
        assertThat(three.profitTargets().getFirst().pnlRupees()).isCloseTo(3_000, within(1e-9));
        assertThat(three.stopLossRupees()).isCloseTo(9_000, within(1e-9));
        assertThat(three.greekTriggers().getFirst().limit()).isCloseTo(150, within(1e-9));
        assertThat(three.timeExitDate()).isEqualTo(TIME_EXIT);
        assertThat(ExitEvaluator.STANDARD.evaluate(state(-3_500), three).closes())
                .isFalse();
    }

    @Test
    void badStateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new PositionState(
                        LocalDate.of(2026, 12, 8),
                        ENTRY,
                        EXPIRY,
                        21,
                        5,
                        15,
                        100,
                        50,
                        0,
                        1_300,
                        new PositionState.NetGreeks(0, 0, 0),
                        List.of(),
                        Duration.ZERO,
                        Set.of()))
                .hasMessageContaining("peak P&L 50.0 is below the P&L 100.0");
        assertThatThrownBy(() -> ExitAction.closePartial(0, Urgency.NORMAL, "X", "y"))
                .hasMessageContaining("partial close needs a fraction");
    }
}
