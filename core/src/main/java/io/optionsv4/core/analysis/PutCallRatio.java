package io.optionsv4.core.analysis;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The put/call ratios of one or more option chains: total put open interest over total call open interest, and total
 * put volume over total call volume. A ratio is empty (never 0 or infinity) when its call total is zero. Above 1 more
 * puts than calls are held or traded.
 *
 * @param callOpenInterest total call open interest, units, {@code >= 0}
 * @param putOpenInterest total put open interest, units, {@code >= 0}
 * @param callVolume total call contracts traded, {@code >= 0}
 * @param putVolume total put contracts traded, {@code >= 0}
 */
public record PutCallRatio(long callOpenInterest, long putOpenInterest, long callVolume, long putVolume) {

    /** Validates that every total is {@code >= 0}. */
    public PutCallRatio {
        Checks.argument(
                callOpenInterest >= 0 && putOpenInterest >= 0 && callVolume >= 0 && putVolume >= 0,
                "totals must be >= 0");
    }

    /** Returns the ratios of one chain. */
    public static PutCallRatio of(OptionChain chain) {
        return of(List.of(Checks.notNull(chain, "chain")));
    }

    /** Returns the ratios over several chains (e.g. every expiry of an underlying), totals summed. */
    public static PutCallRatio of(List<OptionChain> chains) {
        long callOi = 0;
        long putOi = 0;
        long callVol = 0;
        long putVol = 0;
        for (OptionChain chain : Checks.notNull(chains, "chains")) {
            for (OptionQuote q : chain.quotes(Right.CALL)) {
                callOi += q.openInterest();
                callVol += q.volume();
            }
            for (OptionQuote q : chain.quotes(Right.PUT)) {
                putOi += q.openInterest();
                putVol += q.volume();
            }
        }
        return new PutCallRatio(callOi, putOi, callVol, putVol);
    }

    /** Returns put OI / call OI, or empty when there is no call open interest. */
    public OptionalDouble byOpenInterest() {
        return ratio(putOpenInterest, callOpenInterest);
    }

    /** Returns put volume / call volume, or empty when no call traded. */
    public OptionalDouble byVolume() {
        return ratio(putVolume, callVolume);
    }

    private static OptionalDouble ratio(long puts, long calls) {
        return calls > 0 ? OptionalDouble.of((double) puts / calls) : OptionalDouble.empty();
    }
}
