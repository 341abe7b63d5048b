package io.optionsv4.core.analysis;

import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.util.OptionalDouble;

/**
 * Max pain: the listed strike at which the option writers pay the least at expiry, i.e. where the holders of the
 * chain's open interest lose the most. For a settlement price {@code S} the writers' payout is {@code Σ callOI(K) ·
 * max(0, S − K) + Σ putOI(K) · max(0, K − S)} over the chain's strikes (rupees per unit times units); max pain is the
 * strike {@code S} minimising it, the lower strike on a tie. Stateless.
 */
public final class MaxPain {

    private MaxPain() {}

    /** Returns the max pain strike of {@code chain}, or empty when the chain has no open interest. */
    public static OptionalDouble of(OptionChain chain) {
        Checks.notNull(chain, "chain");
        boolean anyOpenInterest =
                chain.rows().stream().anyMatch(r -> openInterest(r, true) + openInterest(r, false) > 0);
        if (!anyOpenInterest) {
            return OptionalDouble.empty();
        }
        double best = Double.NaN;
        double bestPayout = Double.POSITIVE_INFINITY;
        for (double strike : chain.strikes()) {
            double payout = writersPayout(chain, strike);
            if (payout < bestPayout) {
                bestPayout = payout;
                best = strike;
            }
        }
        return OptionalDouble.of(best);
    }

    /**
     * Returns what the writers of the chain's open interest pay if the underlying settles at {@code settlement}:
     * rupees, summing intrinsic value per unit times open interest in units.
     */
    public static double writersPayout(OptionChain chain, double settlement) {
        Checks.positive(settlement, "settlement");
        double payout = 0;
        for (ChainRow row : chain.rows()) {
            payout += openInterest(row, true) * Math.max(0, settlement - row.strike());
            payout += openInterest(row, false) * Math.max(0, row.strike() - settlement);
        }
        return payout;
    }

    private static long openInterest(ChainRow row, boolean call) {
        return (call ? row.call() : row.put()).map(OptionQuote::openInterest).orElse(0L);
    }
}
