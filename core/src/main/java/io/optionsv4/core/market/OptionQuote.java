package io.optionsv4.core.market;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One option (strike and right of a chain's expiry) as of the chain's moment: prices, activity and its {@link
 * Valuation}.
 *
 * <p>Absent values are explicit, never NaN: {@code bidAsk} is empty where the source has no order book (end-of-day
 * files), {@code last} is 0 when the option did not trade that day (NSE's own convention), and an option without
 * implied volatility carries a {@link Valuation.Unpriced} saying why.
 *
 * @param right call or put
 * @param strike strike price in rupees, {@code > 0}
 * @param last last traded price in rupees per unit, {@code >= 0}; 0 when not traded that day
 * @param close the exchange's closing price, {@code >= 0}; for an untraded option a carried or theoretical figure
 * @param settle the exchange's settlement price, {@code >= 0}; the mark the implied volatility is computed from
 * @param bidAsk best bid and ask where the source has them
 * @param volume contracts traded that day, {@code >= 0}
 * @param openInterest open interest in units of the underlying (not lots), {@code >= 0}
 * @param changeInOpenInterest change of open interest since the previous session, in units (may be negative)
 * @param valuation implied volatility and Greeks, or why there are none
 */
public record OptionQuote(
        Right right,
        double strike,
        double last,
        double close,
        double settle,
        Optional<BidAsk> bidAsk,
        long volume,
        long openInterest,
        long changeInOpenInterest,
        Valuation valuation) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming the bad component and its value
     */
    public OptionQuote {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.nonNegative(last, "last");
        Checks.nonNegative(close, "close");
        Checks.nonNegative(settle, "settle");
        Checks.notNull(bidAsk, "bidAsk");
        Checks.argument(volume >= 0, () -> "volume must be >= 0 but was " + volume);
        Checks.argument(openInterest >= 0, () -> "openInterest must be >= 0 but was " + openInterest);
        Checks.notNull(valuation, "valuation");
    }

    /** Returns true when at least one contract traded that day. */
    public boolean isTraded() {
        return volume > 0;
    }

    /** Returns the quality of the valuation: OK, UNTRADED, NO_IV or NO_FORWARD. */
    public QuoteQuality quality() {
        return valuation.quality();
    }

    /** Returns the implied volatility (annualised decimal), or empty when the option is not priced. */
    public OptionalDouble impliedVolatility() {
        return valuation instanceof Valuation.Priced priced
                ? OptionalDouble.of(priced.impliedVolatility())
                : OptionalDouble.empty();
    }

    /** Returns the Greeks at the implied volatility, or empty when the option is not priced. */
    public Optional<OptionGreeks> greeks() {
        return valuation instanceof Valuation.Priced priced ? Optional.of(priced.greeks()) : Optional.empty();
    }
}
