package io.optionsv4.core.testdata;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made option chains with chosen open interest, volume and implied volatility. */
public final class Chains {

    /** The as-of day of every chain. */
    public static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);

    private Chains() {}

    /**
     * One strike: call and put open interest (units) and volume (contracts), both sides priced at {@code iv} with a
     * 1-rupee bid/ask around a 10-rupee mid.
     *
     * @param strike strike price
     * @param callOi call open interest
     * @param putOi put open interest
     * @param callVolume call volume
     * @param putVolume put volume
     * @param iv implied volatility of both sides
     */
    public record Strike(double strike, long callOi, long putOi, long callVolume, long putVolume, double iv) {

        /** A strike of open interest only, no volume, IV 20 %. */
        public static Strike oi(double strike, long callOi, long putOi) {
            return new Strike(strike, callOi, putOi, 0, 0, 0.20);
        }
    }

    /** Returns the chain of the strikes expiring {@code daysToExpiry} calendar days after {@link #AS_OF}. */
    public static OptionChain chain(double spot, int daysToExpiry, Strike... strikes) {
        List<ChainRow> rows = Arrays.stream(strikes)
                .map(s -> new ChainRow(
                        s.strike(),
                        Optional.of(quote(Right.CALL, s.strike(), s.callOi(), s.callVolume(), s.iv())),
                        Optional.of(quote(Right.PUT, s.strike(), s.putOi(), s.putVolume(), s.iv()))))
                .toList();
        return new OptionChain(
                "ABC",
                AS_OF.plusDays(daysToExpiry),
                AS_OF,
                OptionalDouble.of(spot),
                Optional.empty(),
                0.065,
                daysToExpiry / 365.0,
                Optional.empty(),
                rows);
    }

    private static OptionQuote quote(Right right, double strike, long oi, long volume, double iv) {
        return new OptionQuote(
                right,
                strike,
                10,
                10,
                10,
                Optional.of(new BidAsk(9.5, 10.5)),
                volume,
                oi,
                0,
                new Valuation.Priced(iv, new OptionGreeks(right.isCall() ? 0.5 : -0.5, 0.01, 0.1, -0.1, 0.01)));
    }
}
