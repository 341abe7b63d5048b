package io.optionsv4.engine.execution;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * The bounded price chase of a marketable limit order: the first limit is the touch (a buy at the ask rounded up to
 * the tick, a sell at the bid rounded down), then every {@code stepWait} without a complete fill the limit moves
 * {@code ticksPerStep} ticks toward the far side, at most {@code steps} times and never further from the first limit
 * than {@code maxFraction} of it (at least one tick). A sell limit never goes below one tick.
 *
 * @param steps the most modifications, {@code >= 0}
 * @param ticksPerStep ticks per modification, {@code >= 1}
 * @param maxFraction the farthest the limit may move, as a fraction of the first limit, {@code >= 0}
 * @param stepWait how long each limit rests before the next step (and after the last, before the order is
 *     cancelled)
 * @param tick the contract's tick size (NSE options: 5 paise)
 */
public record PriceChase(int steps, int ticksPerStep, double maxFraction, Duration stepWait, Money tick) {

    /** NSE's tick size of options: 5 paise. */
    public static final Money NSE_TICK = Money.ofPaise(5);

    /** Entry: five steps of one tick, at most 2 %, one second each. */
    public static final PriceChase ENTRY = new PriceChase(5, 1, 0.02, Duration.ofSeconds(1), NSE_TICK);

    /** Unwind: ten steps of two ticks, at most 5 %, one second each (a failed entry must be closed). */
    public static final PriceChase UNWIND = new PriceChase(10, 2, 0.05, Duration.ofSeconds(1), NSE_TICK);

    /** Validates the settings. */
    public PriceChase {
        Checks.argument(steps >= 0, "steps must be >= 0 but was " + steps);
        Checks.positive(ticksPerStep, "ticksPerStep");
        Checks.nonNegative(maxFraction, "maxFraction");
        Checks.notNull(stepWait, "stepWait");
        Checks.argument(!stepWait.isNegative(), "stepWait must be >= 0 but was " + stepWait);
        Checks.notNull(tick, "tick");
        Checks.argument(tick.paise() > 0, "tick must be > 0 but was " + tick);
    }

    /**
     * Returns the first limit of a {@code side} order on {@code quote}: the ask rounded up to the tick for a buy, the
     * bid rounded down (at least one tick) for a sell.
     *
     * @throws IllegalArgumentException when the side to trade against is not quoted
     */
    public Money first(Side side, LegQuote quote) {
        if (side == Side.BUY) {
            Checks.argument(
                    quote.ask().paise() > 0,
                    "no ask to buy " + quote.instrument().displayName() + " at");
            return onTick(quote.ask(), RoundingMode.CEILING);
        }
        Checks.argument(
                quote.bid().paise() > 0, "no bid to sell " + quote.instrument().displayName() + " at");
        return onTick(quote.bid(), RoundingMode.FLOOR).max(tick);
    }

    /** Returns the limit after {@code step} modifications of an order first priced at {@code first}. */
    public Money at(Side side, Money first, int step) {
        long distance = Math.min((long) step * ticksPerStep * tick.paise(), bound(first));
        Money limit = side == Side.BUY ? first.plus(Money.ofPaise(distance)) : first.minus(Money.ofPaise(distance));
        return side == Side.BUY ? limit : limit.max(tick);
    }

    /** Returns the limit of the next step after {@code step}, or empty when the chase is over. */
    public Optional<Money> next(Side side, Money first, int step) {
        if (step >= steps) {
            return Optional.empty();
        }
        Money now = at(side, first, step);
        Money then = at(side, first, step + 1);
        return then.equals(now) ? Optional.empty() : Optional.of(then);
    }

    /** Returns the farthest limit the chase reaches from {@code first}. */
    public Money farthest(Side side, Money first) {
        return at(side, first, steps);
    }

    /** Returns how long a limit rests in total before the order is cancelled: {@code (steps + 1) × stepWait}. */
    public Duration timeToFill() {
        return stepWait.multipliedBy(steps + 1L);
    }

    private long bound(Money first) {
        long fraction = Math.round(first.paise() * maxFraction);
        return Math.max(tick.paise(), fraction - fraction % tick.paise());
    }

    private Money onTick(Money price, RoundingMode mode) {
        long t = tick.paise();
        long p = price.paise();
        long down = Math.floorDiv(p, t) * t;
        return Money.ofPaise(mode == RoundingMode.CEILING && down != p ? down + t : down);
    }
}
