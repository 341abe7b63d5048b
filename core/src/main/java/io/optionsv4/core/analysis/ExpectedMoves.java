package io.optionsv4.core.analysis;

import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.ExpectedMove;
import io.optionsv4.core.result.Checks;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Expected moves per expiry: for each chain, the ATM IV ({@link IvSummarizer}) and the chain's own year fraction give
 * the one-sigma move {@code S · σ · √T}. A chain without a priced ATM option yields no move. Stateless.
 */
public final class ExpectedMoves {

    private ExpectedMoves() {}

    /**
     * Returns the expected move to each expiry that has a priced ATM option, by increasing expiry.
     *
     * @param symbol the underlying's symbol
     * @param chains one chain per expiry, all of the same as-of day
     */
    public static List<ExpiryMove> of(String symbol, List<OptionChain> chains) {
        Checks.notBlank(symbol, "symbol");
        List<ExpiryMove> moves = new ArrayList<>();
        for (OptionChain chain : Checks.notNull(chains, "chains")) {
            of(symbol, chain).ifPresent(moves::add);
        }
        moves.sort(Comparator.comparing(ExpiryMove::expiry));
        return moves;
    }

    /** Returns the expected move to the chain's expiry, or empty when no ATM option is priced. */
    public static Optional<ExpiryMove> of(String symbol, OptionChain chain) {
        return IvSummarizer.summarize(symbol, chain)
                .map(s -> new ExpiryMove(
                        chain.expiry(),
                        (int) ChronoUnit.DAYS.between(chain.asOf(), chain.expiry()),
                        s.spot(),
                        s.atmIv(),
                        ExpectedMove.fromVolatility(s.spot(), s.atmIv(), chain.yearsToExpiry())));
    }
}
