package io.optionsv4.core.market;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The options of one underlying and expiry as of one trading day, one {@link ChainRow} per strike, sorted by strike.
 *
 * <p>The chain carries what its IVs and Greeks were computed with: the forward (absent when no strike had both sides
 * traded), the continuously compounded rate and the year fraction ({@code core.pricing.TimeToExpiry}). The spot is
 * absent where the source has no price for the underlying (e.g. an index without a history file). {@code source} says
 * whether the option prices are the exchange's, a simulation's or a model's ({@link ChainSource}).
 *
 * @param underlying NSE symbol of the underlying
 * @param expiry the expiry date
 * @param asOf the trading day the prices belong to, not after {@code expiry}
 * @param spot the underlying's price that day, if known
 * @param forward the forward for the expiry, if it could be estimated
 * @param rate the continuously compounded annual rate used for discounting (decimal)
 * @param yearsToExpiry year fraction from {@code asOf} to the expiry, {@code >= 0}
 * @param lotSize the contracts' lot, if known
 * @param rows one row per strike, strictly increasing strikes
 * @param source where the option prices come from
 */
public record OptionChain(
        String underlying,
        LocalDate expiry,
        LocalDate asOf,
        OptionalDouble spot,
        Optional<ForwardPrice> forward,
        double rate,
        double yearsToExpiry,
        Optional<LotSize> lotSize,
        List<ChainRow> rows,
        ChainSource source) {

    /**
     * Validates the chain and copies the rows.
     *
     * @throws IllegalArgumentException naming the bad component, an expiry before {@code asOf} or unsorted strikes
     */
    public OptionChain {
        Checks.notNull(source, "source");
        Checks.notBlank(underlying, "underlying");
        Checks.notNull(expiry, "expiry");
        Checks.notNull(asOf, "asOf");
        Checks.argument(!expiry.isBefore(asOf), () -> "expiry " + expiry + " must not be before asOf " + asOf);
        Checks.notNull(spot, "spot");
        spot.ifPresent(s -> Checks.positive(s, "spot"));
        Checks.notNull(forward, "forward");
        Checks.finite(rate, "rate");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
        Checks.notNull(lotSize, "lotSize");
        rows = List.copyOf(Checks.notNull(rows, "rows"));
        for (int i = 1; i < rows.size(); i++) {
            double strike = rows.get(i).strike();
            double previous = rows.get(i - 1).strike();
            Checks.argument(
                    strike > previous,
                    () -> "rows must have strictly increasing strikes but " + strike + " follows " + previous);
        }
    }

    /**
     * Creates a chain of exchange prices ({@link ChainSource#EXCHANGE}): the replay of NSE files and broker chains.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public OptionChain(
            String underlying,
            LocalDate expiry,
            LocalDate asOf,
            OptionalDouble spot,
            Optional<ForwardPrice> forward,
            double rate,
            double yearsToExpiry,
            Optional<LotSize> lotSize,
            List<ChainRow> rows) {
        this(underlying, expiry, asOf, spot, forward, rate, yearsToExpiry, lotSize, rows, ChainSource.EXCHANGE);
    }

    /** Returns the discount factor {@code e^{−rate·yearsToExpiry}} to the expiry. */
    public double discountFactor() {
        return Math.exp(-rate * yearsToExpiry);
    }

    /** Returns the strikes, increasing. */
    public List<Double> strikes() {
        return rows.stream().map(ChainRow::strike).toList();
    }

    /** Returns the row at exactly {@code strike}, or empty when the strike is not listed. */
    public Optional<ChainRow> row(double strike) {
        return rows.stream().filter(r -> r.strike() == strike).findFirst();
    }

    /** Returns the option of {@code right} at exactly {@code strike}, or empty when not listed. */
    public Optional<OptionQuote> quote(double strike, Right right) {
        return row(strike).flatMap(r -> r.quote(right));
    }

    /** Returns every listed option of {@code right}, by increasing strike. */
    public List<OptionQuote> quotes(Right right) {
        List<OptionQuote> quotes = new ArrayList<>(rows.size());
        rows.forEach(r -> r.quote(right).ifPresent(quotes::add));
        return quotes;
    }

    /**
     * Returns the at-the-money strike: the listed strike nearest the forward, or nearest the spot when there is no
     * forward (the lower strike on a tie); empty when the chain has no rows or neither price is known.
     */
    public OptionalDouble atmStrike() {
        OptionalDouble reference =
                forward.map(f -> OptionalDouble.of(f.price())).orElse(spot);
        if (reference.isEmpty() || rows.isEmpty()) {
            return OptionalDouble.empty();
        }
        double level = reference.getAsDouble();
        return OptionalDouble.of(rows.stream()
                .min(Comparator.comparingDouble((ChainRow r) -> Math.abs(r.strike() - level)))
                .orElseThrow()
                .strike());
    }
}
