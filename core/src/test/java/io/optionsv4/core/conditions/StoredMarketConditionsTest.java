package io.optionsv4.core.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StoredMarketConditionsTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);
    private static final Instant STORED_AT = Instant.parse("2020-03-02T10:00:00Z");

    @Test
    void test_of_takesTheStoredFigures() {
        MarketConditions conditions = evaluate(
                Candles.closes(VixAssessmentTest.year(15, 25, 12).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray()),
                Optional.of(new PutCallRatio(1_000, 1_300, 10, 5)));

        StoredMarketConditions stored = StoredMarketConditions.of(conditions, STORED_AT);

        assertThat(stored.tradeDate()).isEqualTo(FAR);
        assertThat(stored.state()).isEqualTo(conditions.state()).isEqualTo(MarketState.BULLISH_LOW_VIX);
        assertThat(stored.confidence()).isEqualTo(conditions.confidence());
        assertThat(stored.niftyClose()).isEqualTo(12_000 + 59 * 20);
        assertThat(stored.indiaVix()).isEqualTo(12);
        assertThat(stored.vixPercentile().getAsDouble())
                .isEqualTo(conditions.vix().statistics().orElseThrow().ivPercentile());
        assertThat(stored.niftyDirectionConfidence())
                .isEqualTo(conditions.niftyTrend().confidence());
        assertThat(stored.putCallRatio().getAsDouble()).isEqualTo(1.3);
        assertThat(stored.storedAt()).isEqualTo(STORED_AT);
    }

    @Test
    void test_of_withoutPercentileOrPcrLeavesThemEmpty() {
        MarketConditions conditions = evaluate(Candles.closes(18, 22), Optional.empty());

        StoredMarketConditions stored = StoredMarketConditions.of(conditions, STORED_AT);

        assertThat(stored.vixPercentile()).isEmpty();
        assertThat(stored.putCallRatio()).isEmpty();
        assertThat(stored.state()).isEqualTo(MarketState.BULLISH_HIGH_VIX);
    }

    @Test
    void test_constructor_rejectsFractionsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> stored(1.2, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence must be in [0, 1] but was 1.2");
        assertThatThrownBy(() -> stored(0.5, OptionalDouble.of(-0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vixPercentile must be in [0, 1] but was -0.1");
        assertThat(stored(0.5, OptionalDouble.of(1)).vixPercentile()).hasValue(1);
    }

    private static StoredMarketConditions stored(double confidence, OptionalDouble vixPercentile) {
        return new StoredMarketConditions(
                FAR,
                MarketState.NEUTRAL_NORMAL_VIX,
                confidence,
                12_000,
                16,
                vixPercentile,
                0.5,
                OptionalDouble.empty(),
                STORED_AT);
    }

    private static MarketConditions evaluate(List<Candle> vix, Optional<PutCallRatio> pcr) {
        return (MarketConditions) MarketStateEvaluator.DEFAULT.evaluate(Candles.linear(60, 12_000, 20), vix, pcr, FAR);
    }
}
