package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.analysis;
import static io.optionsv4.core.selection.SelectionFixtures.indicators;
import static io.optionsv4.core.selection.SelectionFixtures.iv;
import static io.optionsv4.core.selection.SelectionFixtures.market;
import static io.optionsv4.core.selection.SelectionFixtures.noHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IvAssessment.MeanReversion;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.TrendVote;
import io.optionsv4.core.conditions.MarketState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingContextTest {

    @Test
    void test_of_takesTrendIvMomentumAndMarket() {
        TrendAnalysis trend = new TrendAnalysis(
                SelectionFixtures.AS_OF,
                Direction.BULLISH,
                0.7,
                0.7,
                List.of(new TrendVote("RSI 14", 0.7)),
                List.of(),
                indicators(64, 1.5, 6));

        RankingContext ctx = RankingContext.of(
                analysis(trend, iv(IvEnvironment.VERY_HIGH)), Optional.of(market(MarketState.BEARISH_HIGH_VIX)));

        assertThat(ctx.symbol()).isEqualTo("ACME");
        assertThat(ctx.direction()).isEqualTo(Direction.BULLISH);
        assertThat(ctx.directionConfidence()).isEqualTo(0.7);
        assertThat(ctx.trendScore()).isEqualTo(0.7);
        assertThat(ctx.rsi().getAsDouble()).isEqualTo(64);
        assertThat(ctx.macdHistogramToAtr().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(ctx.ivEnvironment()).contains(IvEnvironment.VERY_HIGH);
        assertThat(ctx.ivPercentile().getAsDouble()).isEqualTo(0.95);
        assertThat(ctx.meanReversion()).contains(MeanReversion.EXPECT_FALL);
        assertThat(ctx.marketState()).contains(MarketState.BEARISH_HIGH_VIX);
        assertThat(ctx.liquidityScore()).isEmpty();
    }

    @Test
    void test_of_withoutHistoryOrMarket() {
        RankingContext ctx = RankingContext.of(analysis(noHistory(), noHistory()), Optional.empty());

        assertThat(ctx.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(ctx.directionConfidence()).isZero();
        assertThat(ctx.rsi()).isEmpty();
        assertThat(ctx.macdHistogramToAtr()).isEmpty();
        assertThat(ctx.ivEnvironment()).isEmpty();
        assertThat(ctx.meanReversion()).isEmpty();
        assertThat(ctx.marketState()).isEmpty();
    }
}
