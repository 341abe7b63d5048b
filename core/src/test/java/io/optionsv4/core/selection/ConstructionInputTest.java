package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.ConstructionFixtures.AS_OF;
import static io.optionsv4.core.selection.ConstructionFixtures.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.PriceLevels;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.market.OptionChain;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConstructionInputTest {

    private static final double REFERENCE = 990.0;

    @Test
    void test_input_sortsChainsByExpiry() {
        OptionChain near = chain(27).build();
        OptionChain far = chain(55).build();

        ConstructionInput input = new ConstructionInput("ABC", AS_OF, 1000, List.of(far, near), List.of());

        assertThat(input.chains()).containsExactly(near, far);
    }

    @Test
    void test_input_rejectsAnotherUnderlyingAndDuplicateExpiries() {
        OptionChain near = chain(27).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionInput("XYZ", AS_OF, 1000, List.of(near), List.of()))
                .withMessageContaining("not one of XYZ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionInput("ABC", AS_OF, 1000, List.of(near, near), List.of()))
                .withMessageContaining("two chains for expiry");
    }

    @Test
    void test_input_move() {
        OptionChain near = chain(27).build();
        ExpiryMove move = ConstructionFixtures.move(near, 0.25);

        ConstructionInput input = new ConstructionInput("ABC", AS_OF, 1000, List.of(near), List.of(move));

        assertThat(input.move(near.expiry())).contains(move);
        assertThat(input.move(near.expiry().plusDays(1))).isEmpty();
    }

    @Test
    void test_of_spotFromTheNearChain() {
        OptionChain near = chain(27).build();
        OptionChain far = chain(55).noForward().build();

        ConstructionInput input = ConstructionInput.of(analysis(List.of()), List.of(far, near));

        assertThat(input.spot()).isEqualTo(near.spot().getAsDouble());
        assertThat(input.symbol()).isEqualTo("ABC");
        assertThat(input.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void test_of_spotFromTheForwardThenTheReference() {
        OptionChain withForward = withoutSpot(chain(27).forward(1010).build());
        OptionChain bare = withoutSpot(chain(27).noForward().build());
        ExpiryMove move = ConstructionFixtures.move(withForward, 0.2);

        ConstructionInput fromForward = ConstructionInput.of(analysis(List.of(move)), List.of(withForward));
        ConstructionInput fromReference = ConstructionInput.of(analysis(List.of()), List.of(bare));
        ConstructionInput noChains = ConstructionInput.of(analysis(List.of()), List.of());

        OptionChain later = withoutSpot(chain(55).forward(1020).build());
        ConstructionInput skipsTheBareChain = ConstructionInput.of(analysis(List.of()), List.of(later, bare));

        assertThat(skipsTheBareChain.spot()).isEqualTo(1020.0);
        assertThat(fromForward.spot()).isEqualTo(1010.0);
        assertThat(fromForward.expectedMoves()).containsExactly(move);
        assertThat(fromReference.spot()).isEqualTo(REFERENCE);
        assertThat(noChains.spot()).isEqualTo(REFERENCE);
    }

    /** The smile of each chain with an expected move is fitted once for every strategy built on the input. */
    @Test
    void test_input_fitsTheSmileOfEachChainWithAMove() {
        OptionChain near = chain(27).build();
        OptionChain far = chain(55).build();
        ConstructionInput input = new ConstructionInput(
                "ABC", AS_OF, 1000, List.of(near, far), List.of(ConstructionFixtures.move(near, 0.25)));

        assertThat(input.smile(near.expiry())).isPresent();
        assertThat(input.smile(near.expiry()).orElseThrow().vol(1000)).isEqualTo(0.25);
        assertThat(input.smile(far.expiry()))
                .as("no expected move for the far chain")
                .isEmpty();
    }

    /** An index analysed from its chains alone: the spot is the analysis' discounted forward, not the raw forward. */
    @Test
    void test_of_chainsOnlyAnalysis_spotIsItsReference() {
        OptionChain withForward = withoutSpot(chain(27).forward(1010).build());
        UnderlyingAnalysis base = analysis(List.of());
        UnderlyingAnalysis chainsOnly = new UnderlyingAnalysis(
                base.symbol(),
                base.asOf(),
                base.trend(),
                base.iv(),
                base.levels(),
                base.putCallRatio(),
                base.expectedMoves(),
                base.termStructure(),
                base.profile(),
                io.optionsv4.core.analysis.AnalysisBasis.CHAINS_ONLY);

        assertThat(ConstructionInput.of(chainsOnly, List.of(withForward)).spot())
                .isEqualTo(REFERENCE);
        assertThat(ConstructionInput.of(base, List.of(withForward)).spot()).isEqualTo(1010.0);
    }

    private static OptionChain withoutSpot(OptionChain c) {
        return new OptionChain(
                c.underlying(),
                c.expiry(),
                c.asOf(),
                OptionalDouble.empty(),
                c.forward(),
                c.rate(),
                c.yearsToExpiry(),
                c.lotSize(),
                c.rows());
    }

    private static UnderlyingAnalysis analysis(List<ExpiryMove> moves) {
        InsufficientHistory none = new InsufficientHistory("candles", 60, 0);
        return new UnderlyingAnalysis(
                "ABC",
                AS_OF,
                none,
                none,
                new PriceLevels(REFERENCE, List.of(), List.of(), Optional.empty(), OptionalDouble.empty()),
                new PutCallRatio(0, 0, 0, 0),
                moves,
                Optional.empty(),
                Optional.empty());
    }
}
