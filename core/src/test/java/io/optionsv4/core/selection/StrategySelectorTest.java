package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.blankContext;
import static io.optionsv4.core.selection.SelectionFixtures.candidate;
import static io.optionsv4.core.selection.SelectionFixtures.capital;
import static io.optionsv4.core.selection.SelectionFixtures.preferences;
import static io.optionsv4.core.selection.SelectionFixtures.strikes;
import static io.optionsv4.core.selection.SelectionFixtures.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategySelectorTest {

    private final StrategySelector selector =
            new StrategySelector(new ProbabilityFilter(capital()), new StrategyRanker(weights(), preferences()));

    private static ConstructionResult built(String strategy, double pop, double[] strikes, double... premiums) {
        return new ConstructionResult.Built(candidate(strategy, strikes, premiums)
                .figures(new StrategyFigures(Amount.of(100), Amount.of(100), List.of(101.0), pop, 0))
                .build());
    }

    private static ConstructionResult rejected(String strategy, RejectionReason reason) {
        return new ConstructionResult.Rejected(new Rejection(strategy, reason, "test"));
    }

    private static List<String> names(SymbolSelection selection) {
        return selection.ranked().stream().map(r -> r.candidate().name()).toList();
    }

    @Test
    void test_select_bestFirstTopKAndRejections() {
        List<ConstructionResult> results = List.of(
                built("Bull Call Spread", 0.40, strikes(100, 105), 3, 1),
                built("Bull Call Spread", 0.60, strikes(95, 105), 6, 1),
                built("Long Call", 0.10, strikes(100), 3),
                rejected("Iron Condor", RejectionReason.NO_LIQUID_STRIKES),
                built("Bull Call Spread", 0.50, strikes(100, 110), 3, 1));

        SymbolSelection selection = selector.select(results, blankContext(), RiskTolerance.MODERATE, 2);

        assertThat(selection.ranked()).hasSize(2);
        assertThat(selection.ranked())
                .extracting(r -> r.candidate().figures().probabilityOfProfit())
                .containsExactly(0.60, 0.50);
        assertThat(selection.ranked().get(0).totalScore())
                .isGreaterThan(selection.ranked().get(1).totalScore());
        assertThat(selection.rejections())
                .extracting(Rejection::reason)
                .containsExactly(RejectionReason.BELOW_POP_THRESHOLD, RejectionReason.NO_LIQUID_STRIKES);
        assertThat(selection.considered()).isEqualTo(5);
        assertThat(selection.built()).isEqualTo(4);
        assertThat(selection.noStrategyReason()).isEmpty();
    }

    @Test
    void test_select_equalScoresByNameThenDeterministic() {
        // Put Butterfly and Butterfly Spread share metadata; with equal figures they tie on score and PoP (on other
        // strikes: on the same strikes their payoffs are equal and only one is kept)
        List<ConstructionResult> results = new ArrayList<>(List.of(
                built("Put Butterfly", 0.5, strikes(85, 100, 115), 1, 2, 6),
                built("Butterfly Spread", 0.5, strikes(95, 100, 105), 6, 3, 1),
                built("Butterfly Spread", 0.5, strikes(90, 100, 110), 11, 3, 1)));
        SymbolSelection first = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);
        Collections.shuffle(results, new Random(7));
        SymbolSelection second = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);

        assertThat(first.ranked().get(0).totalScore())
                .isEqualTo(first.ranked().get(2).totalScore());
        assertThat(names(first)).containsExactly("Butterfly Spread", "Butterfly Spread", "Put Butterfly");
        assertThat(first.ranked().get(0).candidate().legs().get(0).strike()).isEqualTo(90.0);
        assertThat(second.ranked()).isEqualTo(first.ranked());
    }

    @Test
    void test_select_tieOnScoreGoesToHigherPop() {
        RankedCandidate low = rankedWith(60, 0.4, "Long Call");
        RankedCandidate high = rankedWith(60, 0.6, "Long Put");
        List<RankedCandidate> list = new ArrayList<>(List.of(low, high));

        list.sort(StrategySelector.BEST_FIRST);

        assertThat(list).containsExactly(high, low);
    }

    private static RankedCandidate rankedWith(double score, double pop, String strategy) {
        Candidate c = candidate(strategy, strikes(100), 3)
                .figures(new StrategyFigures(Amount.UNLIMITED, Amount.of(150), List.of(103.0), pop, 0))
                .build();
        return new RankedCandidate(c, List.of(), score, Conviction.of(score));
    }

    @Test
    void test_select_exactDuplicatesDropped() {
        List<ConstructionResult> results = List.of(
                built("Bull Call Spread", 0.6, strikes(100, 105), 3, 1),
                built("Bull Call Spread", 0.6, strikes(100, 105), 3, 1),
                built("Bull Call Spread", 0.5, strikes(100, 110), 3, 1));

        SymbolSelection selection = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);

        assertThat(selection.ranked()).hasSize(2);
        assertThat(selection.ranked().get(1).candidate().legs().get(1).strike()).isEqualTo(110.0);
    }

    @Test
    void test_noStrategyReason_emptyList() {
        assertThat(selector.select(List.of(), blankContext(), RiskTolerance.MODERATE, 3)
                        .noStrategyReason())
                .contains(RejectionReason.NO_FITTING_STRATEGY);
    }

    @Test
    void test_noStrategyReason_mostCommonConstructionReason() {
        List<ConstructionResult> results = List.of(
                rejected("Iron Condor", RejectionReason.NO_EXPIRY_IN_WINDOW),
                rejected("Long Call", RejectionReason.NO_LIQUID_STRIKES),
                rejected("Long Put", RejectionReason.NO_LIQUID_STRIKES));

        SymbolSelection selection = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);

        assertThat(selection.ranked()).isEmpty();
        assertThat(selection.noStrategyReason()).contains(RejectionReason.NO_LIQUID_STRIKES);
    }

    @Test
    void test_noStrategyReason_builtButFilteredWinsOverConstruction() {
        List<ConstructionResult> results = List.of(
                rejected("Iron Condor", RejectionReason.NO_LIQUID_STRIKES),
                rejected("Long Put", RejectionReason.NO_LIQUID_STRIKES),
                rejected("Long Strangle", RejectionReason.NO_LIQUID_STRIKES),
                built("Long Call", 0.10, strikes(100), 3),
                built("Bull Call Spread", 0.20, strikes(100, 105), 3, 1),
                new ConstructionResult.Built(candidate("Bull Call Spread", strikes(100, 110), 3, 1)
                        .figures(new StrategyFigures(Amount.of(100), Amount.of(1e6), List.of(101.0), 0.9, 0))
                        .build()));

        SymbolSelection selection = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);

        assertThat(selection.rejections()).hasSize(6);
        assertThat(selection.noStrategyReason()).contains(RejectionReason.BELOW_POP_THRESHOLD);
    }

    @Test
    void test_noStrategyReason_tieGoesToFirstDeclared() {
        List<ConstructionResult> results = List.of(
                rejected("Long Put", RejectionReason.NO_LIQUID_STRIKES),
                rejected("Iron Condor", RejectionReason.NO_EXPIRY_IN_WINDOW));

        assertThat(selector.select(results, blankContext(), RiskTolerance.MODERATE, 1)
                        .noStrategyReason())
                .contains(RejectionReason.NO_EXPIRY_IN_WINDOW);
    }

    @Test
    void test_select_topMustBePositive() {
        assertThatThrownBy(() -> selector.select(List.of(), blankContext(), RiskTolerance.MODERATE, 0))
                .hasMessageContaining("top");
    }

    @Test
    void test_select_samePayoffOnSameStrikes_keepsOnlyTheBetterRanked() {
        List<ConstructionResult> results = List.of(
                built("Butterfly Spread", 0.45, strikes(95, 100, 105), 7, 3.5, 1.5),
                built("Put Butterfly", 0.44, strikes(95, 100, 105), 1.4, 3.4, 6.9),
                built("Bull Call Spread", 0.50, strikes(100, 110), 3, 1));

        SymbolSelection selection = selector.select(results, blankContext(), RiskTolerance.MODERATE, 3);

        assertThat(names(selection)).hasSize(2).contains("Bull Call Spread");
        assertThat(names(selection).stream().filter(n -> n.contains("Butterfly")))
                .hasSize(1);
    }

    @Test
    void test_payoffKey_callAndPutButterfly_equalButNotADifferentWidth() {
        Candidate call = candidate("Butterfly Spread", strikes(95, 100, 105), 7, 3.5, 1.5)
                .build();
        Candidate put =
                candidate("Put Butterfly", strikes(95, 100, 105), 1.4, 3.4, 6.9).build();
        Candidate wider = candidate("Butterfly Spread", strikes(90, 100, 110), 12, 3.5, 0.5)
                .build();

        assertThat(PayoffKey.of(call)).isEqualTo(PayoffKey.of(put));
        assertThat(PayoffKey.of(call)).isNotEqualTo(PayoffKey.of(wider));
    }
}
