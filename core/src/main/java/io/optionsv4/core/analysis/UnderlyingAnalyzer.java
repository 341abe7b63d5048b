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
     * Analyses {@code data} as of {@code asOf}. When the candles of the volume profile's window carry no traded volume
     * the analysis has no value area and says so: its basis is {@link AnalysisBasis#PRICE_HISTORY_WITHOUT_VOLUME}.
     *
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}
     */
    public UnderlyingAnalysis analyze(UnderlyingData data, LocalDate asOf) {
        Checks.notNull(data, "data");
        Optional<OptionChain> near = data.chains().stream().min(Comparator.comparing(OptionChain::expiry));
        IvResult iv = IvAnalyzer.assess(
                IvSummarizer.summarizeDay(data.symbol(), data.chains()), data.ivHistory(), data.candles(), asOf);
        Optional<StockProfile> profile =
                iv instanceof IvAssessment a && a.realizedVolatility().isPresent()
                        ? Optional.of(StockProfile.of(
                                a.realizedVolatility().getAsDouble(), data.candles(), data.chains(), asOf))
                        : Optional.empty();
        List<ExpiryMove> moves = ExpectedMoves.of(data.symbol(), data.chains());
        PriceLevels levels = PriceLevels.of(data.candles(), near, asOf);
        return new UnderlyingAnalysis(
                data.symbol(),
                asOf,
                trendAnalyzer.analyze(data.candles(), asOf),
                iv,
                levels,
                PutCallRatio.of(data.chains()),
                moves,
                IvTermStructure.of(moves),
                profile,
                levels.valueArea().isPresent()
                        ? AnalysisBasis.PRICE_HISTORY_AND_CHAINS
                        : AnalysisBasis.PRICE_HISTORY_WITHOUT_VOLUME);
    }

    /**
     * Analyses an index that has option chains but no daily price history ({@link AnalysisBasis#CHAINS_ONLY}): the
     * spot is the nearest expiry's forward (its future, else put-call parity) discounted at the chain's rate, {@code F
     * e^{-rT}} (the index's dividend yield over the days to that expiry is left out: about 1 % a year, under 0.03 % of
     * the price for a week); the trend is {@link InsufficientHistory} (no candles), the IV is assessed without a
     * realised volatility ({@link IvAnalyzer#assessFromChains}), the levels are round numbers, OI walls and max pain
     * around that spot; put/call ratio, expected moves and term structure as usual; no stock profile.
     *
     * @param symbol the index
     * @param chains its option chains of the day
     * @param ivHistory stored 30-day ATM IVs of the days before, oldest first
     * @param asOf the analysis day
     * @return the analysis, or empty when no chain after the day has a forward
     */
    public Optional<UnderlyingAnalysis> analyzeFromChains(
            String symbol, List<OptionChain> chains, List<Double> ivHistory, LocalDate asOf) {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(chains, "chains");
        Optional<OptionChain> near = chains.stream()
                .filter(c -> c.expiry().isAfter(asOf) && c.forward().isPresent())
                .min(Comparator.comparing(OptionChain::expiry));
        if (near.isEmpty()) {
            return Optional.empty();
        }
        double spot = near.get().forward().orElseThrow().price() * near.get().discountFactor();
        List<ExpiryMove> moves = ExpectedMoves.of(symbol, chains);
        return Optional.of(new UnderlyingAnalysis(
                symbol,
                asOf,
                new InsufficientHistory(
                        "trend (no daily price history of " + symbol + ")", TrendAnalyzer.MIN_CANDLES, 0),
                IvAnalyzer.assessFromChains(IvSummarizer.summarizeDay(symbol, chains), ivHistory),
                PriceLevels.ofChain(near.get(), spot),
                PutCallRatio.of(chains),
                moves,
                IvTermStructure.of(moves),
                Optional.empty(),
                AnalysisBasis.CHAINS_ONLY));
    }
}
