package io.optionsv4.core.exit;

import static io.optionsv4.core.exit.ExitFixtures.MARKET;
import static io.optionsv4.core.exit.ExitFixtures.candidate;
import static io.optionsv4.core.exit.ExitFixtures.strikes;
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
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exit plans of every registered strategy built on a lognormal market, and the planner's rules one by one. */
class ExitPlannerTest {

    private static final double RUPEE_TOLERANCE = 1e-6;
    private static final ExitPlanner PLANNER = new ExitPlanner(ExitFixtures.settings());

    static Stream<Arguments> everyStrategyAndTolerance() {
        return StrategyRegistry.all().stream()
                .flatMap(d -> Stream.of(RiskTolerance.values()).map(t -> Arguments.of(d.name(), t)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStrategyAndTolerance")
    void test_plan_everyRegistryStrategy_withinFiguresAndOrdered(String name, RiskTolerance tolerance) {
        Candidate candidate = candidate(StrategyRegistry.get(name));

        ExitPlan plan = PLANNER.plan(candidate, tolerance);

        assertThat(plan.strategyName()).isEqualTo(name);
        assertTargetsWithinMaxProfit(candidate, plan);
        assertStopWithinMaxLoss(candidate, plan);
        RiskManagement risk = plan.riskManagement();
        assertThat(risk.profitTarget()).isGreaterThan(0.0).isLessThanOrEqualTo(0.75);
        assertThat(risk.stopLoss()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        // The rule's 7 to 21 DTE, moved back to the last trading day on or before it (at most a weekend and a holiday).
        assertThat(risk.timeExitDte()).isBetween(7, 24);
        assertThat(risk.maxRiskRupees()).isPositive();
        assertOrdered(plan.exitLevels());
    }

    private static void assertTargetsWithinMaxProfit(Candidate candidate, ExitPlan plan) {
        Amount maxProfit = candidate.figures().maxProfit();
        double ceiling = maxProfit.isUnlimited() ? Double.MAX_VALUE : maxProfit.orElse(0);
        double reach = ProfitTargets.reachableMax(candidate, plan.timeExit().date());
        ProfitBasis expected = candidate.isCredit()
                ? ProfitBasis.CREDIT_RECEIVED
                : maxProfit.isUnlimited() ? ProfitBasis.DEBIT_PAID : plan.profitBasis();
        assertThat(plan.profitBasis()).isEqualTo(expected);
        double basis = switch (plan.profitBasis()) {
            case CREDIT_RECEIVED -> candidate.netPremium();
            case DEBIT_PAID -> -candidate.netPremium();
            case MAX_PROFIT -> maxProfit.orElse(0);
        };
        assertThat(plan.profitTargets()).hasSizeBetween(1, 3);
        assertThat(plan.profitTargets())
                .allSatisfy(t -> assertThat(t.pnlRupees())
                        .isPositive()
                        .isLessThanOrEqualTo(ceiling)
                        .isLessThanOrEqualTo(reach));
        assertThat(plan.profitTargets().getLast().pnlRupees())
                .isCloseTo(plan.profitTargetFraction() * basis, within(RUPEE_TOLERANCE));
        assertThat(plan.profitTargets().stream()
                        .mapToDouble(ProfitTarget::closeFraction)
                        .sum())
                .isCloseTo(1.0, within(1e-12));
    }

    private static void assertStopWithinMaxLoss(Candidate candidate, ExitPlan plan) {
        Amount maxLoss = candidate.figures().maxLoss();
        assertThat(plan.stopLoss().lossRupees()).isPositive();
        if (maxLoss.isUnlimited()) {
            assertThat(plan.stopLoss().maxRiskRupees())
                    .isEqualTo(plan.stopLoss().lossRupees());
        } else {
            assertThat(plan.stopLoss().lossRupees()).isLessThan(maxLoss.orElse(0));
            assertThat(plan.stopLoss().maxRiskRupees()).isEqualTo(maxLoss.orElse(0));
        }
    }

    /** Kinds in plan order, profit triggers rising and positive, the stop negative, the time exit the DTE. */
    static void assertOrdered(List<ExitLevel> levels) {
        List<ExitLevel.Kind> order = List.of(
                ExitLevel.Kind.PROFIT_TARGET,
                ExitLevel.Kind.STOP_LOSS,
                ExitLevel.Kind.TIME_EXIT,
                ExitLevel.Kind.GREEK_TRIGGER,
                ExitLevel.Kind.ADJUSTMENT);
        int previousRank = 0;
        double previousTarget = 0;
        for (ExitLevel level : levels) {
            int rank = order.indexOf(level.kind());
            assertThat(rank).as("%s after rank %d", level, previousRank).isGreaterThanOrEqualTo(previousRank);
            previousRank = rank;
            switch (level.kind()) {
                case PROFIT_TARGET -> {
                    assertThat(level.trigger()).isGreaterThan(previousTarget);
                    previousTarget = level.trigger();
                }
                case STOP_LOSS -> assertThat(level.trigger()).isLessThanOrEqualTo(0.0);
                case TIME_EXIT -> assertThat(level.trigger()).isGreaterThanOrEqualTo(0.0);
                case GREEK_TRIGGER, ADJUSTMENT -> assertThat(level.trigger()).isPositive();
            }
        }
        assertThat(levels).extracting(ExitLevel::kind).contains(ExitLevel.Kind.STOP_LOSS, ExitLevel.Kind.TIME_EXIT);
    }

    @Test
    void test_plan_creditStrategy_stopsOnMultipleOfCredit() {
        Candidate condor = candidate(StrategyRegistry.get("Iron Condor"));
        assertThat(condor.isCredit()).isTrue();

        ExitPlan plan = PLANNER.plan(condor, RiskTolerance.MODERATE);

        assertThat(plan.stopLoss().basis()).isEqualTo(StopBasis.CREDIT_MULTIPLE);
        assertThat(plan.stopLoss().basisRupees()).isCloseTo(condor.netPremium(), within(RUPEE_TOLERANCE));
        assertThat(plan.stopLoss().lossRupees())
                .isCloseTo(
                        Math.min(
                                1.5 * condor.netPremium(),
                                ExitPlanner.STOP_CAP
                                        * condor.figures().maxLoss().orElse(0)),
                        within(RUPEE_TOLERANCE));
        assertThat(plan.profitBasis()).isEqualTo(ProfitBasis.CREDIT_RECEIVED);
        // Nine days of theta cannot earn half the credit: the rule's levels lie beyond the model's reach and are
        // lowered.
        double reach = ProfitTargets.reachableMax(condor, plan.timeExit().date());
        assertThat(reach).isLessThan(0.5 * condor.netPremium());
        assertThat(plan.profitTargets()).hasSize(1);
        assertThat(plan.profitTargets().getLast().pnlRupees())
                .isCloseTo(ProfitTargets.LOWERED_SHARE * reach, within(RUPEE_TOLERANCE));
        assertThat(plan.profitTargets().getLast().description()).contains("beyond the model's reach");
        assertThat(plan.timeExit().dte()).isBetween(21, 24);
    }

    @Test
    void test_plan_debitStrategy_stopsOnFractionOfDebit() {
        Candidate spread = candidate(StrategyRegistry.get("Bull Call Spread"));
        assertThat(spread.isCredit()).isFalse();

        ExitPlan plan = PLANNER.plan(spread, RiskTolerance.MODERATE);

        assertThat(plan.stopLoss().basis()).isEqualTo(StopBasis.DEBIT_FRACTION);
        assertThat(plan.stopLoss().basisRupees()).isCloseTo(-spread.netPremium(), within(RUPEE_TOLERANCE));
        assertThat(plan.stopLoss().lossRupees()).isCloseTo(-0.5 * spread.netPremium(), within(RUPEE_TOLERANCE));
        assertThat(plan.profitTargetFraction()).isEqualTo(0.75);
        assertThat(plan.timeExit().dte()).isEqualTo(10);
        assertThat(plan.riskManagement().stopLoss())
                .isCloseTo(
                        plan.stopLoss().lossRupees()
                                / spread.figures().maxLoss().orElse(0),
                        within(1e-12));
    }

    @Test
    void test_plan_coveredCall_stopsOnFractionOfMaxLoss() {
        Candidate coveredCall = candidate(StrategyRegistry.get("Covered Call"));

        ExitPlan plan = PLANNER.plan(coveredCall, RiskTolerance.MODERATE);

        double maxLoss = coveredCall.figures().maxLoss().orElse(0);
        assertThat(plan.stopLoss().basis()).isEqualTo(StopBasis.MAX_LOSS_FRACTION);
        assertThat(plan.stopLoss().lossRupees()).isCloseTo(0.10 * maxLoss, within(RUPEE_TOLERANCE));
        assertThat(plan.riskManagement().stopLoss()).isCloseTo(0.10, within(1e-12));
        assertThat(plan.riskManagement().maxRiskRupees()).isEqualTo(maxLoss);
    }

    @Test
    void test_plan_premiumBelowMinimumShare_stopsOnFractionOfMaxLoss() {
        Candidate csp = candidate(StrategyRegistry.get("Cash-Secured Put"));
        double maxLoss = csp.figures().maxLoss().orElse(0);
        assertThat(csp.netPremium()).isPositive().isLessThan(0.05 * maxLoss);
        ExitSettings base = ExitFixtures.settings();
        ExitPlanner noMinimum = new ExitPlanner(new ExitSettings(base.categories(), base.strategies(), 0.0));

        ExitPlan withMinimum = PLANNER.plan(csp, RiskTolerance.MODERATE);
        ExitPlan without = noMinimum.plan(csp, RiskTolerance.MODERATE);

        assertThat(withMinimum.stopLoss().basis()).isEqualTo(StopBasis.MAX_LOSS_FRACTION);
        assertThat(withMinimum.stopLoss().lossRupees()).isCloseTo(0.10 * maxLoss, within(RUPEE_TOLERANCE));
        assertThat(withMinimum.stopLoss().description()).contains("too small a basis");
        assertThat(without.stopLoss().basis()).isEqualTo(StopBasis.CREDIT_MULTIPLE);
        assertThat(without.stopLoss().lossRupees()).isCloseTo(1.5 * csp.netPremium(), within(RUPEE_TOLERANCE));
    }

    @Test
    void test_plan_unlimitedLoss_stopOnSoldPremiumIsTheMaxRisk() {
        Candidate strangle = candidate(StrategyRegistry.get("Short Strangle"));
        assertThat(strangle.figures().maxLoss().isUnlimited()).isTrue();

        ExitPlan plan = PLANNER.plan(strangle, RiskTolerance.CONSERVATIVE);

        assertThat(plan.stopLoss().basis()).isEqualTo(StopBasis.CREDIT_MULTIPLE);
        assertThat(plan.stopLoss().basisRupees()).isCloseTo(strangle.netPremium(), within(RUPEE_TOLERANCE));
        assertThat(plan.stopLoss().lossRupees()).isCloseTo(strangle.netPremium(), within(RUPEE_TOLERANCE));
        RiskManagement risk = plan.riskManagement();
        assertThat(risk.maxRiskRupees()).isEqualTo(plan.stopLoss().lossRupees());
        assertThat(risk.stopLoss()).isEqualTo(1.0);
    }

    @Test
    void test_plan_callRatioSpread_stopsOnTheSoldCallsPremium() {
        Candidate ratio = candidate(StrategyRegistry.get("Call Ratio Spread"));
        double sold = ratio.legs().stream()
                .filter(l -> l.side() == io.optionsv4.core.instrument.Side.SELL)
                .mapToDouble(l -> l.premiumPerUnit() * l.lots() * ratio.lotSize())
                .sum();

        ExitPlan plan = PLANNER.plan(ratio, RiskTolerance.MODERATE);

        assertThat(plan.stopLoss().basis()).isEqualTo(StopBasis.CREDIT_MULTIPLE);
        assertThat(plan.stopLoss().basisRupees()).isCloseTo(sold, within(RUPEE_TOLERANCE));
        assertThat(plan.stopLoss().lossRupees()).isCloseTo(1.5 * sold, within(RUPEE_TOLERANCE));
    }

    @Test
    void test_plan_unlimitedProfit_targetsFractionOfDebit() {
        Candidate longCall = candidate(StrategyRegistry.get("Long Call"));

        ExitPlan plan = PLANNER.plan(longCall, RiskTolerance.MODERATE);

        assertThat(plan.profitBasis()).isEqualTo(ProfitBasis.DEBIT_PAID);
        assertThat(plan.profitTargets())
                .extracting(ProfitTarget::pnlRupees)
                .containsExactly(
                        -0.75 * 0.5 * longCall.netPremium(),
                        -0.75 * 0.75 * longCall.netPremium(),
                        -0.75 * longCall.netPremium());
    }

    @Test
    void test_plan_riskTolerance_widensStop() {
        Candidate strangle = candidate(StrategyRegistry.get("Short Strangle"));
        Candidate condor = candidate(StrategyRegistry.get("Iron Condor"));

        double conservative =
                PLANNER.plan(strangle, RiskTolerance.CONSERVATIVE).stopLoss().lossRupees();
        double moderate =
                PLANNER.plan(strangle, RiskTolerance.MODERATE).stopLoss().lossRupees();
        double aggressive =
                PLANNER.plan(strangle, RiskTolerance.AGGRESSIVE).stopLoss().lossRupees();

        assertThat(conservative).isLessThan(moderate);
        assertThat(moderate).isLessThan(aggressive);
        assertThat(aggressive).isCloseTo(2 * conservative, within(RUPEE_TOLERANCE));
        assertThat(PLANNER.plan(condor, RiskTolerance.CONSERVATIVE).stopLoss().lossRupees())
                .isLessThan(PLANNER.plan(condor, RiskTolerance.AGGRESSIVE)
                        .stopLoss()
                        .lossRupees());
    }

    @Test
    void test_plan_nearExpiry_timeExitClampedToExpiryMorning() {
        StrategyDefinition condor = StrategyRegistry.get("Iron Condor");
        var market = new ExitFixtures.Market(1500, 0.25, 5, 1, 50);
        Candidate candidate = candidate(condor, strikes(condor, 1500, 50), market);

        ExitPlan plan = PLANNER.plan(candidate, RiskTolerance.MODERATE);

        assertThat(plan.timeExit().dte()).isZero();
        assertThat(plan.timeExit().clamped()).isTrue();
        assertThat(plan.timeExit().date()).isEqualTo(candidate.nearExpiry());
        assertThat(plan.timeExit().description())
                .contains("expiry day's morning")
                .contains("21-DTE");
        assertThat(plan.riskManagement().timeExitDte()).isZero();
    }

    @Test
    void test_plan_enoughDaysLeft_timeExitBeforeExpiry() {
        StrategyDefinition condor = StrategyRegistry.get("Iron Condor");
        var market = new ExitFixtures.Market(1500, 0.25, 40, 1, 50);
        Candidate candidate = candidate(condor, strikes(condor, 1500, 50), market);

        ExitPlan plan = PLANNER.plan(candidate, RiskTolerance.MODERATE);

        assertThat(plan.timeExit().clamped()).isFalse();
        assertThat(plan.timeExit().date())
                .isEqualTo(
                        TradingDays.WEEKDAYS.onOrBefore(candidate.nearExpiry().minusDays(21)));
        assertThat(plan.timeExit().dte()).isBetween(21, 23);
        assertThat(TradingDays.WEEKDAYS.between(
                        candidate.asOf(), plan.timeExit().date()))
                .isGreaterThanOrEqualTo(ExitSettings.DEFAULT_MINIMUM_HOLDING_DAYS);
        assertThat(PLANNER.violation(candidate)).isEmpty();
    }

    @Test
    void test_violation_timeExitWithinMinimumHolding_named() {
        StrategyDefinition condor = StrategyRegistry.get("Iron Condor");
        var market = new ExitFixtures.Market(1500, 0.25, 22, 1, 50);
        Candidate candidate = candidate(condor, strikes(condor, 1500, 50), market);

        assertThat(PLANNER.violation(candidate))
                .hasValueSatisfying(v -> assertThat(v).contains("21-DTE").contains("minimum holding period of 5"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void test_plan_greekTriggers_presentPositiveAndNotBreachedAtEntry(String name) {
        Candidate candidate = candidate(StrategyRegistry.get(name));

        ExitPlan plan = PLANNER.plan(candidate, RiskTolerance.MODERATE);

        assertThat(plan.greekTriggers())
                .extracting(GreekTrigger::kind)
                .containsExactly(GreekKind.DELTA, GreekKind.GAMMA, GreekKind.VEGA);
        assertThat(plan.greekTriggers()).allSatisfy(g -> {
            assertThat(g.limit()).isPositive();
            assertThat(g.breached(g.entryValue())).isFalse();
            assertThat(g.breached(-1.01 * g.limit())).isTrue();
        });
        assertThat(plan.exitLevels())
                .filteredOn(l -> l.kind() == ExitLevel.Kind.GREEK_TRIGGER)
                .hasSize(3);
    }

    @Test
    void test_plan_deltaBand_isFractionOfLotSizePerLot() {
        Candidate condor = candidate(StrategyRegistry.get("Iron Condor"));

        GreekTrigger delta =
                PLANNER.plan(condor, RiskTolerance.MODERATE).greekTriggers().getFirst();

        assertThat(Math.abs(condor.greeks().netDelta())).isLessThan(0.20 * 2 * 50);
        assertThat(delta.limit()).isEqualTo(0.20 * MARKET.lots() * MARKET.lotSize());
        assertThat(delta.exitFraction()).isZero();
    }

    @Test
    void test_plan_gammaAndVegaBands_multipleOfEntry() {
        Candidate strangle = candidate(StrategyRegistry.get("Short Strangle"));

        List<GreekTrigger> triggers =
                PLANNER.plan(strangle, RiskTolerance.MODERATE).greekTriggers();

        assertThat(triggers.get(1).limit())
                .isCloseTo(2.0 * Math.abs(strangle.greeks().netGamma()), within(1e-12));
        assertThat(triggers.get(1).exitFraction()).isEqualTo(0.5);
        assertThat(triggers.get(2).limit())
                .isCloseTo(1.5 * Math.abs(strangle.greeks().netVega()), within(1e-9));
    }

    @Test
    void test_plan_longCall_deltaBandWidenedBeyondEntry() {
        Candidate longCall = candidate(StrategyRegistry.get("Long Call"));
        double band = 0.50 * MARKET.lots() * MARKET.lotSize();
        assertThat(longCall.greeks().netDelta()).isGreaterThan(band);

        GreekTrigger delta =
                PLANNER.plan(longCall, RiskTolerance.MODERATE).greekTriggers().getFirst();

        assertThat(delta.limit()).isCloseTo(longCall.greeks().netDelta() + band, within(1e-9));
    }

    static Stream<String> names() {
        return StrategyRegistry.all().stream().map(StrategyDefinition::name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void test_plan_morphs_nameRegisteredStrategies(String name) {
        Candidate candidate = candidate(StrategyRegistry.get(name));

        List<Adjustment> morphs = PLANNER.plan(candidate, RiskTolerance.MODERATE).adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.MORPH)
                .toList();

        assertThat(morphs).isNotEmpty();
        assertThat(morphs).allSatisfy(m -> {
            assertThat(m.strategies()).isNotEmpty().doesNotContain(name);
            m.strategies().forEach(s -> {
                assertThat(StrategyRegistry.find(s)).as(s).isPresent();
                assertThat(m.suggestion()).contains(s);
            });
        });
    }

    @Test
    void test_plan_ironCondor_rollsAndMorphsAtShortStrikes() {
        Candidate condor = candidate(StrategyRegistry.get("Iron Condor"));

        List<Adjustment> adjustments =
                PLANNER.plan(condor, RiskTolerance.MODERATE).adjustments();

        assertThat(adjustments)
                .filteredOn(a -> a.kind() == AdjustmentKind.DEFENSIVE_ROLL)
                .extracting(Adjustment::underlyingTrigger, Adjustment::crossing)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1550.0, Crossing.AT_OR_ABOVE),
                        org.assertj.core.groups.Tuple.tuple(1450.0, Crossing.AT_OR_BELOW));
        assertThat(adjustments)
                .filteredOn(a -> a.kind() == AdjustmentKind.MORPH)
                .allSatisfy(a -> assertThat(a.strategies()).containsExactly("Iron Butterfly"))
                .hasSize(2);
        assertThat(adjustments).noneMatch(a -> a.kind() == AdjustmentKind.OFFENSIVE_ADD);
    }

    @Test
    void test_plan_shortStrangle_morphsIntoIronCondor() {
        Candidate strangle = candidate(StrategyRegistry.get("Short Strangle"));

        List<Adjustment> morphs = PLANNER.plan(strangle, RiskTolerance.MODERATE).adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.MORPH)
                .toList();

        assertThat(morphs).allSatisfy(m -> assertThat(m.strategies()).containsExactly("Iron Condor"));
        assertThat(morphs.getFirst().triggered(1560)).isTrue();
        assertThat(morphs.getFirst().triggered(1540)).isFalse();
    }

    @Test
    void test_plan_bullishStrategy_offensiveAddAfterOneSigmaUp() {
        Candidate longCall = candidate(StrategyRegistry.get("Long Call"));
        double oneSigmaUp = 1500 * Math.exp(0.25 * Math.sqrt(30 / 365.0));

        Adjustment add = PLANNER.plan(longCall, RiskTolerance.MODERATE).adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.OFFENSIVE_ADD)
                .findFirst()
                .orElseThrow();

        assertThat(add.underlyingTrigger()).isCloseTo(oneSigmaUp, within(1e-9));
        assertThat(add.crossing()).isEqualTo(Crossing.AT_OR_ABOVE);
        assertThat(add.suggestion()).contains("Long Call");
    }

    @Test
    void test_plan_nullArguments_rejected() {
        Candidate condor = candidate(StrategyRegistry.get("Iron Condor"));

        assertThatThrownBy(() -> PLANNER.plan(null, RiskTolerance.MODERATE)).hasMessageContaining("candidate");
        assertThatThrownBy(() -> PLANNER.plan(condor, null)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new ExitPlanner(null)).hasMessageContaining("settings");
    }
}
