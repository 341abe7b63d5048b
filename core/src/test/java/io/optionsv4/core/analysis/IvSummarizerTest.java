package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IvSummarizerTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2020, 1, 30);
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_summarize_atmIvSkewAndTotals() {
        OptionChain chain = chain(List.of(
                row(90, 0.85, 0.30, -0.15, 0.28),
                row(95, 0.70, 0.27, -0.26, 0.26),
                row(100, 0.50, 0.24, -0.50, 0.22),
                row(105, 0.24, 0.21, -0.76, 0.20)));

        IvSummary s = IvSummarizer.summarize("ABC", chain).orElseThrow();

        assertThat(s.atmStrike()).isEqualTo(100);
        assertThat(s.atmIv()).isCloseTo(0.23, within(TOLERANCE));
        assertThat(s.call25DeltaIv().getAsDouble()).isEqualTo(0.21);
        assertThat(s.put25DeltaIv().getAsDouble()).isEqualTo(0.26);
        assertThat(s.skew25Delta().getAsDouble()).isCloseTo(0.05, within(TOLERANCE));
        assertThat(s.chain()).isEqualTo(new IvSummary.ChainSummary(4, 8, 4000, 4000, 40, 40));
        assertThat(s.spot()).isEqualTo(100.5);
    }

    @Test
    void test_summarize_noPricedAtmOptionGivesNothing() {
        Valuation untraded = new Valuation.Unpriced(QuoteQuality.UNTRADED, "no contracts");
        ChainRow row = new ChainRow(
                100,
                Optional.of(new OptionQuote(Right.CALL, 100, 0, 1, 1, Optional.empty(), 0, 0, 0, untraded)),
                Optional.empty());

        assertThat(IvSummarizer.summarize("ABC", chain(List.of(row)))).isEmpty();
    }

    /** A chain with a spot and no forward (no strike had both sides traded) summarises around the spot. */
    @Test
    void test_summarize_spotWithoutForward() {
        OptionChain chain = new OptionChain(
                "ABC",
                EXPIRY,
                AS_OF,
                OptionalDouble.of(100.5),
                Optional.empty(),
                0.065,
                29 / 365.0,
                Optional.empty(),
                List.of(row(95, 0.70, 0.27, -0.26, 0.26), row(100, 0.50, 0.24, -0.50, 0.22)));

        IvSummary s = IvSummarizer.summarize("ABC", chain).orElseThrow();

        assertThat(s.spot()).isEqualTo(100.5);
        assertThat(s.atmStrike()).isEqualTo(100);
    }

    private static OptionChain chain(List<ChainRow> rows) {
        return new OptionChain(
                "ABC",
                EXPIRY,
                AS_OF,
                OptionalDouble.of(100.5),
                Optional.of(ForwardPrice.ofParity(100.8, 3, 0.1)),
                0.065,
                29 / 365.0,
                Optional.empty(),
                rows);
    }

    private static ChainRow row(double strike, double callDelta, double callIv, double putDelta, double putIv) {
        return new ChainRow(
                strike,
                Optional.of(quote(Right.CALL, strike, callDelta, callIv)),
                Optional.of(quote(Right.PUT, strike, putDelta, putIv)));
    }

    private static OptionQuote quote(Right right, double strike, double delta, double iv) {
        return new OptionQuote(
                right,
                strike,
                2,
                2,
                2,
                Optional.empty(),
                10,
                1000,
                0,
                new Valuation.Priced(iv, new OptionGreeks(delta, 0.01, 0.1, -0.05, 0.02)));
    }
}
