package io.optionsv4.core.analysis;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Summarises an option chain into an {@link IvSummary}: ATM IV (the mean of the priced call and put at the ATM strike,
 * the strike nearest the forward), the IVs of the calls and puts nearest ±0.25 delta, and the chain's totals. Pure and
 * thread-safe.
 */
public final class IvSummarizer {

    private static final double TARGET_DELTA = 0.25;

    private IvSummarizer() {}

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
                totals(chain)));
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
