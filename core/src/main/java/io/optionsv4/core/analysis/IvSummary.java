package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One underlying's implied volatility on one trading day ({@code historical_iv_summary}): the summary of one expiry's
 * chain (for a day's record, the series traded: the expiry nearest {@value ConstantMaturityIv#TARGET_DAYS} days, see
 * {@link IvSummarizer#summarizeDay}) and the day's {@link ConstantMaturityIv 30-day constant-maturity ATM IV}, the
 * figure the IV history and the IV rank are built on. Volatilities are annualised decimals.
 *
 * @param symbol the NSE symbol
 * @param tradeDate the trading day
 * @param expiry the expiry the chain belongs to, after {@code tradeDate}
 * @param spot the underlying's price, or the forward where the chain has no spot, rupees {@code > 0}
 * @param atmStrike the at-the-money strike
 * @param atmIv the ATM implied volatility: the mean of the priced call and put at {@code atmStrike}
 * @param call25DeltaIv IV of the call whose delta is nearest +0.25, if any call is priced
 * @param put25DeltaIv IV of the put whose delta is nearest −0.25, if any put is priced
 * @param chain counts and totals of the chain
 * @param thirtyDayIv the day's 30-day constant-maturity ATM IV over all its expiries; empty for a summary of one chain
 *     alone and for rows collected before it was recorded
 */
public record IvSummary(
        String symbol,
        LocalDate tradeDate,
        LocalDate expiry,
        double spot,
        double atmStrike,
        double atmIv,
        OptionalDouble call25DeltaIv,
        OptionalDouble put25DeltaIv,
        ChainSummary chain,
        OptionalDouble thirtyDayIv) {

    /** Validates the summary. */
    public IvSummary {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(expiry, "expiry");
        Checks.argument(
                !expiry.isBefore(tradeDate), () -> "expiry " + expiry + " is before the trade date " + tradeDate);
        Checks.positive(spot, "spot");
        Checks.positive(atmStrike, "atmStrike");
        Checks.nonNegative(atmIv, "atmIv");
        Checks.notNull(call25DeltaIv, "call25DeltaIv");
        call25DeltaIv.ifPresent(v -> Checks.nonNegative(v, "call25DeltaIv"));
        Checks.notNull(put25DeltaIv, "put25DeltaIv");
        put25DeltaIv.ifPresent(v -> Checks.nonNegative(v, "put25DeltaIv"));
        Checks.notNull(chain, "chain");
        Checks.notNull(thirtyDayIv, "thirtyDayIv");
        thirtyDayIv.ifPresent(v -> Checks.nonNegative(v, "thirtyDayIv"));
    }

    /** Returns a copy carrying {@code iv} (&gt;= 0) as the day's 30-day constant-maturity ATM IV. */
    public IvSummary withThirtyDayIv(double iv) {
        return new IvSummary(
                symbol,
                tradeDate,
                expiry,
                spot,
                atmStrike,
                atmIv,
                call25DeltaIv,
                put25DeltaIv,
                chain,
                OptionalDouble.of(Checks.nonNegative(iv, "iv")));
    }

    /** Returns the 25-delta skew, put IV minus call IV (positive when downside protection is dearer), if both exist. */
    public OptionalDouble skew25Delta() {
        return call25DeltaIv.isPresent() && put25DeltaIv.isPresent()
                ? OptionalDouble.of(put25DeltaIv.getAsDouble() - call25DeltaIv.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * Counts and totals of one option chain.
     *
     * @param strikes listed strikes
     * @param pricedOptions options with an implied volatility
     * @param callOpenInterest total call open interest, units
     * @param putOpenInterest total put open interest, units
     * @param callVolume total call contracts traded
     * @param putVolume total put contracts traded
     */
    public record ChainSummary(
            int strikes,
            int pricedOptions,
            long callOpenInterest,
            long putOpenInterest,
            long callVolume,
            long putVolume) {

        /** Validates that every count is {@code >= 0}. */
        public ChainSummary {
            Checks.argument(
                    strikes >= 0
                            && pricedOptions >= 0
                            && callOpenInterest >= 0
                            && putOpenInterest >= 0
                            && callVolume >= 0
                            && putVolume >= 0,
                    "chain counts must be >= 0");
        }
    }
}
