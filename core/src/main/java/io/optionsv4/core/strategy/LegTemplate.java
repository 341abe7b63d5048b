package io.optionsv4.core.strategy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.UnderlyingLeg;
import io.optionsv4.core.result.Checks;

/**
 * One leg of a strategy before strikes, premiums and sizes are known: an {@link Option} on the strategy's strike
 * {@code K<n>} (numbered from 1 in ascending order) or the {@link Underlying} itself, with a side and a ratio.
 */
public sealed interface LegTemplate permits LegTemplate.Option, LegTemplate.Underlying {

    /** Returns the side: buy or sell. */
    Side side();

    /** Returns the number of units of this leg per unit of the strategy (2 for the body of a butterfly). */
    int ratio();

    /** Returns the same leg on the other side: the building block of short variants. */
    LegTemplate inverted();

    /** Returns a short human description, e.g. {@code "SELL 2 CALL K2"} or {@code "BUY 1 CALL K1 FAR"}. */
    String describe();

    /** Returns one option bought on strike number {@code strikeNumber} (1 = lowest) at the near expiry. */
    static Option buy(Right right, int strikeNumber) {
        return new Option(Side.BUY, right, 1, strikeNumber, ExpirySlot.NEAR);
    }

    /** Returns one option sold on strike number {@code strikeNumber} (1 = lowest) at the near expiry. */
    static Option sell(Right right, int strikeNumber) {
        return new Option(Side.SELL, right, 1, strikeNumber, ExpirySlot.NEAR);
    }

    /** Returns one unit of the underlying bought. */
    static Underlying buyUnderlying() {
        return new Underlying(Side.BUY, 1);
    }

    /**
     * An option leg of the template.
     *
     * @param side buy or sell
     * @param right call or put
     * @param ratio units per strategy unit; &gt; 0
     * @param strikeNumber which of the strategy's ascending strikes, from 1
     * @param expiry near or far expiry
     */
    record Option(Side side, Right right, int ratio, int strikeNumber, ExpirySlot expiry) implements LegTemplate {

        /** Validates the components. */
        public Option {
            Checks.notNull(side, "side");
            Checks.notNull(right, "right");
            Checks.positive(ratio, "ratio");
            Checks.positive(strikeNumber, "strikeNumber");
            Checks.notNull(expiry, "expiry");
        }

        /** Returns a copy with {@code ratio} units per strategy unit. */
        public Option times(int newRatio) {
            return new Option(side, right, newRatio, strikeNumber, expiry);
        }

        /** Returns a copy at the far expiry. */
        public Option far() {
            return new Option(side, right, ratio, strikeNumber, ExpirySlot.FAR);
        }

        @Override
        public Option inverted() {
            return new Option(side.opposite(), right, ratio, strikeNumber, expiry);
        }

        @Override
        public String describe() {
            return side + " " + ratio + " " + right + " K" + strikeNumber + (expiry == ExpirySlot.FAR ? " FAR" : "");
        }

        /** Returns the concrete leg for a strike, a premium per unit and a size. */
        OptionLeg resolve(double strike, double premiumPerUnit, int units, double yearsBetweenExpiries) {
            int quantity = Math.multiplyExact(side.sign() * ratio, units);
            double later = expiry == ExpirySlot.FAR ? yearsBetweenExpiries : 0.0;
            return new OptionLeg(right, strike, quantity, premiumPerUnit, later);
        }
    }

    /**
     * A leg in the underlying itself (the stock of a covered call).
     *
     * @param side buy or sell
     * @param ratio units per strategy unit; &gt; 0
     */
    record Underlying(Side side, int ratio) implements LegTemplate {

        /** Validates the components. */
        public Underlying {
            Checks.notNull(side, "side");
            Checks.positive(ratio, "ratio");
        }

        @Override
        public Underlying inverted() {
            return new Underlying(side.opposite(), ratio);
        }

        @Override
        public String describe() {
            return side + " " + ratio + " UNDERLYING";
        }

        /** Returns the concrete leg bought or sold at {@code entryPrice}. */
        Leg resolve(double entryPrice, int units) {
            return new UnderlyingLeg(Math.multiplyExact(side.sign() * ratio, units), entryPrice);
        }
    }
}
