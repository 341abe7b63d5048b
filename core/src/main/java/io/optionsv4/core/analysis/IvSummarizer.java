package io.optionsv4.core.analysis;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Summarises an option chain (or a day's chains, {@link #summarizeDay}) into an {@link IvSummary}: ATM IV (the mean
 * of the priced call and put at the ATM strike, the strike nearest the forward), the IVs of the calls and puts nearest
 * ±0.25 delta, and the chain's totals. Pure and thread-safe.
 */
public final class IvSummarizer {

    private static final double TARGET_DELTA = 0.25;

    private IvSummarizer() {}

    /**
     * Returns the day's summary of an underlying from its chains of one day: the chain of the series traded (the expiry
     * nearest {@value ConstantMaturityIv#TARGET_DAYS} days among those at least {@value ConstantMaturityIv#MIN_DAYS}
     * days away, else the farthest) summarised, with the {@link ConstantMaturityIv 30-day constant-maturity ATM IV} of
     * all the chains; empty when no chain has a priced ATM option.
     *
     * @param symbol the underlying's symbol
     * @param chains its chains of one day, any order (expired ones are ignored)
     */
    public static Optional<IvSummary> summarizeDay(String symbol, List<OptionChain> chains) {
        List<IvSummary> perExpiry = chains.stream()
                .filter(c -> c.expiry().isAfter(c.asOf()))
                .map(c -> summarize(symbol, c))
                .flatMap(Optional::stream)
                .toList();
        OptionalDouble thirtyDay = ConstantMaturityIv.of(perExpiry.stream()
                .map(s -> new ConstantMaturityIv.Point(days(s), s.atmIv()))
                .toList());
        Optional<IvSummary> traded = perExpiry.stream()
                .filter(s -> days(s) >= ConstantMaturityIv.MIN_DAYS)
                .min(Comparator.comparingInt(s -> Math.abs(days(s) - ConstantMaturityIv.TARGET_DAYS)))
                .or(() -> perExpiry.stream().max(Comparator.comparingInt(IvSummarizer::days)));
        return traded.map(s -> s.withThirtyDayIv(thirtyDay.orElse(s.atmIv())));
    }

    private static int days(IvSummary s) {
        return (int) ChronoUnit.DAYS.between(s.tradeDate(), s.expiry());
    }

    /**
     * Returns the summary of {@code chain}, or empty when it has no ATM strike or neither option at it is priced.
     *
     * @param symbol the underlying's symbol
     * @param chain the chain of the expiry to summarise
     */
    public static Optional<IvSummary> summarize(String symbol, OptionChain chain) {
        OptionalDouble atm = chain.atmStrike();
        if (atm.isEmpty()) {
            return Optional.empty();
        }
        ChainRow row = chain.row(atm.getAsDouble()).orElseThrow();
        OptionalDouble atmIv = mean(iv(row.call()), iv(row.put()));
        if (atmIv.isEmpty()) {
            return Optional.empty();
        }
        double spot = chain.spot().orElseGet(() -> chain.forward().orElseThrow().price());
        return Optional.of(new IvSummary(
                symbol,
                chain.asOf(),
                chain.expiry(),
                spot,
                atm.getAsDouble(),
                atmIv.getAsDouble(),
                nearestDelta(chain.quotes(Right.CALL), TARGET_DELTA),
                nearestDelta(chain.quotes(Right.PUT), -TARGET_DELTA),
                totals(chain),
                OptionalDouble.empty()));
    }

    private static OptionalDouble nearestDelta(List<OptionQuote> quotes, double target) {
        return quotes.stream()
                .filter(q -> q.greeks().isPresent())
                .min(Comparator.comparingDouble(
                        q -> Math.abs(q.greeks().orElseThrow().delta() - target)))
                .map(q -> OptionalDouble.of(q.impliedVolatility().orElseThrow()))
                .orElse(OptionalDouble.empty());
    }

    private static IvSummary.ChainSummary totals(OptionChain chain) {
        List<OptionQuote> calls = chain.quotes(Right.CALL);
        List<OptionQuote> puts = chain.quotes(Right.PUT);
        int priced = (int) (calls.stream()
                        .filter(q -> q.impliedVolatility().isPresent())
                        .count()
                + puts.stream().filter(q -> q.impliedVolatility().isPresent()).count());
        return new IvSummary.ChainSummary(
                chain.rows().size(),
                priced,
                calls.stream().mapToLong(OptionQuote::openInterest).sum(),
                puts.stream().mapToLong(OptionQuote::openInterest).sum(),
                calls.stream().mapToLong(OptionQuote::volume).sum(),
                puts.stream().mapToLong(OptionQuote::volume).sum());
    }

    private static OptionalDouble iv(Optional<OptionQuote> quote) {
        return quote.map(OptionQuote::impliedVolatility).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble mean(OptionalDouble a, OptionalDouble b) {
        if (a.isPresent() && b.isPresent()) {
            return OptionalDouble.of((a.getAsDouble() + b.getAsDouble()) / 2);
        }
        return a.isPresent() ? a : b;
    }
}
