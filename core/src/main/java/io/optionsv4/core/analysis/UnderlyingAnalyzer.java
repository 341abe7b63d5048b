package io.optionsv4.core.analysis;

import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Analyses one underlying: trend ({@link TrendAnalyzer}), IV ({@link IvAnalyzer} on the day's {@link IvSummary}: the
 * 30-day constant-maturity ATM IV over all chains, the series traded), price levels ({@link PriceLevels}, on the
 * nearest expiry), PCR over all chains, expected moves per expiry, the IV term structure and the stock profile.
 * Immutable and thread-safe.
 *
 * @param trendAnalyzer the trend rules
 */
public record UnderlyingAnalyzer(TrendAnalyzer trendAnalyzer) {

    /** The analyzer with {@link TrendAnalyzer#DEFAULT}. */
    public static final UnderlyingAnalyzer DEFAULT = new UnderlyingAnalyzer(TrendAnalyzer.DEFAULT);

    /** Validates the component. */
    public UnderlyingAnalyzer {
        Checks.notNull(trendAnalyzer, "trendAnalyzer");
    }

    /**
     * Analyses {@code data} as of {@code asOf}.
     *
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}
     */
    public UnderlyingAnalysis analyze(UnderlyingData data, LocalDate asOf) {
        Checks.notNull(data, "data");
        Optional<OptionChain> near = data.chains().stream().min(Comparator.comparing(OptionChain::expiry));
        IvResult iv = IvAnalyzer.assess(
                IvSummarizer.summarizeDay(data.symbol(), data.chains()), data.ivHistory(), data.candles(), asOf);
        Optional<StockProfile> profile = iv instanceof IvAssessment a
                ? Optional.of(StockProfile.of(a.realizedVolatility(), data.candles(), data.chains(), asOf))
                : Optional.empty();
        List<ExpiryMove> moves = ExpectedMoves.of(data.symbol(), data.chains());
        return new UnderlyingAnalysis(
                data.symbol(),
                asOf,
                trendAnalyzer.analyze(data.candles(), asOf),
                iv,
                PriceLevels.of(data.candles(), near, asOf),
                PutCallRatio.of(data.chains()),
                moves,
                IvTermStructure.of(moves),
                profile);
    }
}
