package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complete market analysis of one underlying as of one day ({@link UnderlyingAnalyzer}). Parts that lacked
 * history say so ({@link InsufficientHistory}) instead of carrying invented figures.
 *
 * @param symbol the NSE symbol
 * @param asOf the analysis day
 * @param trend the trend, or why there is none
 * @param iv the IV assessment, or why there is none
 * @param levels support, resistance, value area and max pain
 * @param putCallRatio put/call ratios over every chain
 * @param expectedMoves the expected move per expiry with a priced ATM option
 * @param termStructure the ATM IV across those expiries, absent with fewer than two
 * @param profile the stock profile, absent without a realised volatility
 * @param basis what the analysis rests on: the price history and the chains, or the chains alone
 */
public record UnderlyingAnalysis(
        String symbol,
        LocalDate asOf,
        TrendResult trend,
        IvResult iv,
        PriceLevels levels,
        PutCallRatio putCallRatio,
        List<ExpiryMove> expectedMoves,
        Optional<IvTermStructure> termStructure,
        Optional<StockProfile> profile,
        AnalysisBasis basis) {

    /** Creates the analysis of an underlying with a price history ({@link AnalysisBasis#PRICE_HISTORY_AND_CHAINS}). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public UnderlyingAnalysis(
            String symbol,
            LocalDate asOf,
            TrendResult trend,
            IvResult iv,
            PriceLevels levels,
            PutCallRatio putCallRatio,
            List<ExpiryMove> expectedMoves,
            Optional<IvTermStructure> termStructure,
            Optional<StockProfile> profile) {
        this(
                symbol,
                asOf,
                trend,
                iv,
                levels,
                putCallRatio,
                expectedMoves,
                termStructure,
                profile,
                AnalysisBasis.PRICE_HISTORY_AND_CHAINS);
    }

    /** Validates the components and copies the list. */
    public UnderlyingAnalysis {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(trend, "trend");
        Checks.notNull(iv, "iv");
        Checks.notNull(levels, "levels");
        Checks.notNull(putCallRatio, "putCallRatio");
        expectedMoves = List.copyOf(Checks.notNull(expectedMoves, "expectedMoves"));
        Checks.notNull(termStructure, "termStructure");
        Checks.notNull(profile, "profile");
        Checks.notNull(basis, "basis");
    }

    /** Returns true when the analysis rests on the option chains alone. */
    public boolean chainsOnly() {
        return basis == AnalysisBasis.CHAINS_ONLY;
    }

    /**
     * Returns true when the analysis has no volume profile because its source has none: the chains-only analyses and
     * those whose candles carry no traded volume ({@link AnalysisBasis#PRICE_HISTORY_WITHOUT_VOLUME}).
     */
    public boolean withoutVolume() {
        return basis != AnalysisBasis.PRICE_HISTORY_AND_CHAINS;
    }
}
