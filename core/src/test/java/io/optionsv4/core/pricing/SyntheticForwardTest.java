package io.optionsv4.core.pricing;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.pricing.GreeksAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forward implied by put–call parity on a chain: median of {@code K + (C − P)/DF} over near-the-money strikes. */
class SyntheticForwardTest {

    /** Parity on model prices recovers the forward up to rounding of the prices. */
    private static final double RECOVERY_TOLERANCE = 1e-9;

    private static final double DISCOUNT_FACTOR = Math.exp(-0.065 * 7 / 365.0);

    /** A NIFTY-like weekly chain priced with Black-76 on the given forward, 50-point strikes. */
    private static List<ParityQuote> chain(double forward, double vol) {
        List<ParityQuote> quotes = new ArrayList<>();
        for (double strike = 23_000; strike <= 25_000; strike += 50) {
            quotes.add(new ParityQuote(
                    strike,
                    Black76.price(CALL, forward, strike, 7 / 365.0, vol, DISCOUNT_FACTOR),
                    Black76.price(PUT, forward, strike, 7 / 365.0, vol, DISCOUNT_FACTOR)));
        }
        return quotes;
    }

    @Test
    void test_estimate_recoversForwardOfConsistentChain() {
        ForwardEstimate estimate = SyntheticForward.estimate(chain(24_137.5, 0.13), DISCOUNT_FACTOR)
                .orElseThrow();
        assertThat(estimate.forward()).isCloseTo(24_137.5, within(RECOVERY_TOLERANCE * 24_137.5));
        assertThat(estimate.quotesUsed()).isEqualTo(SyntheticForward.DEFAULT_STRIKES_USED);
        assertThat(estimate.spread()).isLessThan(RECOVERY_TOLERANCE * 24_137.5);
    }

    @Test
    void test_estimate_medianRejectsOneBadQuote() {
        List<ParityQuote> quotes = List.of(
                new ParityQuote(24_000, 400, 60), // stale call: F = 24 340 (fair call 160 gives 24 100)
                new ParityQuote(24_050, 125, 75), // F = 24 100
                new ParityQuote(24_100, 100, 100.5)); // F = 24 099.5, |C − P| smallest
        ForwardEstimate estimate = SyntheticForward.estimate(quotes, 1.0).orElseThrow();
        assertThat(estimate.forward()).isEqualTo(24_100);
        assertThat(estimate.quotesUsed()).isEqualTo(3);
        assertThat(estimate.spread()).isEqualTo(24_340 - 24_099.5);
    }

    @Test
    void test_estimate_usesStrikesNearestToSmallestCallPutDifference() {
        List<ParityQuote> quotes = List.of(
                new ParityQuote(100, 50, 1), // far in the money call, excluded with maxStrikes 2
                new ParityQuote(140, 12, 10), // F = 142, |C − P| = 2 (nearest the money)
                new ParityQuote(150, 7, 15), // F = 142
                new ParityQuote(200, 1, 57)); // far out of the money call
        ForwardEstimate estimate = SyntheticForward.estimate(quotes, 1.0, 2).orElseThrow();
        assertThat(estimate.forward()).isEqualTo(142);
        assertThat(estimate.quotesUsed()).isEqualTo(2);
        assertThat(estimate.spread()).isZero();
    }

    @Test
    void test_estimate_evenCountTakesMeanOfMiddleTwo() {
        // With DF = 0.5 the strikes imply F = 100 + 1/0.5 = 102 and F = 105 − 4/0.5 = 97.
        List<ParityQuote> quotes = List.of(new ParityQuote(100, 5, 4), new ParityQuote(105, 2, 6));
        ForwardEstimate estimate = SyntheticForward.estimate(quotes, 0.5, 4).orElseThrow();
        assertThat(estimate.forward()).isEqualTo((102 + 97) / 2.0);
        assertThat(estimate.quotesUsed()).isEqualTo(2);
        assertThat(estimate.spread()).isEqualTo(5);
    }

    @Test
    void test_estimate_discountFactorScalesTheCallPutDifference() {
        ParityQuote quote = new ParityQuote(24_000, 300, 100);
        ForwardEstimate estimate =
                SyntheticForward.estimate(List.of(quote), 0.99).orElseThrow();
        assertThat(estimate.forward()).isEqualTo(24_000 + 200 / 0.99);
        assertThat(estimate.quotesUsed()).isEqualTo(1);
        assertThat(estimate.spread()).isZero();
    }

    @Test
    void test_estimate_skipsStrikesWithoutBothPrices() {
        List<ParityQuote> quotes =
                List.of(new ParityQuote(100, 0, 3), new ParityQuote(110, 4, 0), new ParityQuote(120, 2, 20));
        ForwardEstimate estimate = SyntheticForward.estimate(quotes, 1.0).orElseThrow();
        assertThat(estimate.forward()).isEqualTo(102);
        assertThat(estimate.quotesUsed()).isEqualTo(1);
    }

    @Test
    void test_estimate_emptyWhenNoStrikeHasBothPrices() {
        assertThat(SyntheticForward.estimate(List.of(), 1.0)).isEmpty();
        assertThat(SyntheticForward.estimate(List.of(new ParityQuote(100, 0, 3), new ParityQuote(110, 4, 0)), 0.99))
                .isEmpty();
    }

    @Test
    void test_estimate_skipsQuotesImplyingNonPositiveForward() {
        // A put above the strike's present value implies F = 100 + (1 − 150) < 0.
        assertThat(SyntheticForward.estimate(List.of(new ParityQuote(100, 1, 150)), 1.0))
                .isEmpty();
    }

    @Test
    void test_estimate_orderOfQuotesDoesNotMatter() {
        List<ParityQuote> quotes = new ArrayList<>(chain(24_010, 0.2));
        ForwardEstimate sorted =
                SyntheticForward.estimate(quotes, DISCOUNT_FACTOR).orElseThrow();
        ParityQuote[] reversed = quotes.toArray(ParityQuote[]::new);
        Collections.reverse(Arrays.asList(reversed));
        assertThat(SyntheticForward.estimate(List.of(reversed), DISCOUNT_FACTOR))
                .contains(sorted);
    }

    @Test
    void test_estimate_invalidArguments_namedInMessage() {
        assertInvalid(() -> SyntheticForward.estimate(null, 1.0), "quotes");
        assertInvalid(() -> SyntheticForward.estimate(List.of(), 0), "discountFactor", "0.0");
        assertInvalid(() -> SyntheticForward.estimate(List.of(), Double.NaN), "discountFactor", "NaN");
        assertInvalid(() -> SyntheticForward.estimate(List.of(), 1.0, 0), "maxStrikes", "0");
        assertInvalid(() -> SyntheticForward.estimate(Arrays.asList((ParityQuote) null), 1.0), "quote");
    }

    @Test
    void test_parityQuote_invalidComponents_namedInMessage() {
        assertInvalid(() -> new ParityQuote(0, 1, 1), "strike", "0.0");
        assertInvalid(() -> new ParityQuote(100, -1, 1), "callPrice", "-1.0");
        assertInvalid(() -> new ParityQuote(100, 1, Double.NaN), "putPrice", "NaN");
        assertThat(new ParityQuote(100, 0, 1).isTwoSided()).isFalse();
        assertThat(new ParityQuote(100, 2, 1).isTwoSided()).isTrue();
    }

    @Test
    void test_forwardEstimate_invalidComponents_namedInMessage() {
        assertInvalid(() -> new ForwardEstimate(0, 1, 0), "forward", "0.0");
        assertInvalid(() -> new ForwardEstimate(100, 0, 0), "quotesUsed", "0");
        assertInvalid(() -> new ForwardEstimate(100, 1, -1), "spread", "-1.0");
    }
}
