package io.optionsv4.core.analysis;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What kind of stock this is to trade options on: its volatility bucket and a liquidity score in [0, 1], the mean of
 * the components that are known (each named in {@code liquidity}):
 *
 * <ul>
 *   <li>{@code stock volume}: mean daily volume of the last 20 candles, {@code log10(1 + v) / 7} capped at 1 (10
 *       million shares a day scores 1);
 *   <li>{@code option volume}: contracts traded over the chains, {@code log10(1 + v) / 5} (100,000 contracts scores 1);
 *   <li>{@code option open interest}: units over the chains, {@code log10(1 + oi) / 7} (10 million units scores 1);
 *   <li>{@code ATM spread}: where the nearest expiry's ATM options have a bid and ask, {@code 1 − spread / mid / 0.10}
 *       floored at 0 (a 10 % spread scores 0). End-of-day data has no book, so this component is then absent.
 * </ul>
 *
 * @param realizedVolatility the stock's 20-day realised volatility (annualised decimal)
 * @param volatilityBucket the bucket of {@code realizedVolatility}
 * @param liquidityScore the mean of {@code liquidity}'s scores, in [0, 1]
 * @param liquidity the liquidity components that were known, not empty
 */
public record StockProfile(
        double realizedVolatility,
        VolatilityBucket volatilityBucket,
        double liquidityScore,
        List<ScoreComponent> liquidity) {

    /** Validates the figures and copies the components. */
    public StockProfile {
        Checks.nonNegative(realizedVolatility, "realizedVolatility");
        Checks.notNull(volatilityBucket, "volatilityBucket");
        Checks.argument(
                liquidityScore >= 0 && liquidityScore <= 1,
                "liquidityScore must be in [0, 1] but was " + liquidityScore);
        liquidity = List.copyOf(Checks.notNull(liquidity, "liquidity"));
        Checks.argument(!liquidity.isEmpty(), "liquidity must not be empty");
    }

    /**
     * One named part of a score.
     *
     * @param name the component, e.g. {@code "option volume"}
     * @param score its score in [0, 1]
     */
    public record ScoreComponent(String name, double score) {

        /** Validates the score. */
        public ScoreComponent {
            Checks.notBlank(name, "name");
            Checks.argument(score >= 0 && score <= 1, () -> "score must be in [0, 1] but was " + score);
        }
    }

    /**
     * Profiles a stock.
     *
     * @param realizedVolatility its realised volatility (e.g. {@link IvAssessment#realizedVolatility()})
     * @param candles its daily candles, strictly increasing dates
     * @param chains its option chains of the as-of day, any expiries (may be empty)
     * @param asOf the analysis day
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}
     */
    public static StockProfile of(
            double realizedVolatility, List<Candle> candles, List<OptionChain> chains, LocalDate asOf) {
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        Checks.argument(!history.isEmpty(), () -> "no candle on or before " + asOf);
        Checks.notNull(chains, "chains");
        List<ScoreComponent> parts = new ArrayList<>();
        double meanVolume = history.subList(Math.max(0, history.size() - 20), history.size()).stream()
                .mapToLong(Candle::volume)
                .average()
                .orElseThrow();
        parts.add(new ScoreComponent("stock volume", logScore(meanVolume, 7)));
        if (!chains.isEmpty()) {
            List<OptionQuote> quotes = chains.stream()
                    .flatMap(c -> c.rows().stream())
                    .flatMap(r -> Stream.of(r.call(), r.put()).flatMap(Optional::stream))
                    .toList();
            parts.add(new ScoreComponent(
                    "option volume",
                    logScore(quotes.stream().mapToLong(OptionQuote::volume).sum(), 5)));
            parts.add(new ScoreComponent(
                    "option open interest",
                    logScore(
                            quotes.stream().mapToLong(OptionQuote::openInterest).sum(), 7)));
            atmSpread(chains).ifPresent(s -> parts.add(new ScoreComponent("ATM spread", Math.max(0, 1 - s / 0.10))));
        }
        double score =
                parts.stream().mapToDouble(ScoreComponent::score).average().orElseThrow();
        return new StockProfile(realizedVolatility, VolatilityBucket.of(realizedVolatility), score, parts);
    }

    private static Optional<Double> atmSpread(List<OptionChain> chains) {
        OptionChain near =
                chains.stream().min(Comparator.comparing(OptionChain::expiry)).orElseThrow();
        if (near.atmStrike().isEmpty()) {
            return Optional.empty();
        }
        double atm = near.atmStrike().getAsDouble();
        List<Double> spreads = new ArrayList<>();
        for (Right right : Right.values()) {
            near.quote(atm, right)
                    .flatMap(OptionQuote::bidAsk)
                    .filter(b -> b.mid() > 0)
                    .map(b -> (b.ask() - b.bid()) / b.mid())
                    .ifPresent(spreads::add);
        }
        return spreads.stream().mapToDouble(Double::doubleValue).average().stream()
                .boxed()
                .findFirst();
    }

    private static double logScore(double value, double fullScoreDecades) {
        return Math.min(1, Math.log10(1 + value) / fullScoreDecades);
    }
}
