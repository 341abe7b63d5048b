package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.Map;

/**
 * How {@link StrategyConstructor} builds strategies on a real chain: which contracts count as liquid, which expiry each
 * strategy family trades, how far from the spot each kind of strike sits (in one-sigma expected moves of the chosen
 * expiry) and how many strategy lots a candidate has. Bound from {@code construction.yaml}; see
 * {@code docs/strategy-construction.md} for the chosen values.
 *
 * @param liquidity which listed contracts may be used
 * @param dteWindows the days-to-expiry window of the (near) expiry, one per strategy category, every category present
 * @param farDteWindow the window of the far expiry of calendar and diagonal spreads (always after the near expiry)
 * @param strikeDistances distances of the strikes from the spot or from another strike, in one-sigma moves
 * @param strategyLots lots per strategy unit, {@code > 0}: a leg of ratio r trades r x strategyLots lots
 */
public record ConstructionSettings(
        Liquidity liquidity,
        Map<StrategyCategory, DteWindow> dteWindows,
        DteWindow farDteWindow,
        StrikeDistances strikeDistances,
        int strategyLots) {

    /** Validates the components; every strategy category needs a window. */
    public ConstructionSettings {
        Checks.notNull(liquidity, "liquidity");
        Checks.notNull(dteWindows, "dteWindows");
        for (StrategyCategory category : StrategyCategory.values()) {
            Checks.argument(
                    dteWindows.get(category) != null,
                    "dteWindows has no window for " + category + "; it needs one per category but has "
                            + dteWindows.keySet());
        }
        dteWindows = Map.copyOf(dteWindows);
        Checks.notNull(farDteWindow, "farDteWindow");
        Checks.notNull(strikeDistances, "strikeDistances");
        Checks.positive(strategyLots, "strategyLots");
    }

    /** Returns the near-expiry window of {@code category}. */
    public DteWindow dteWindow(StrategyCategory category) {
        return dteWindows.get(Checks.notNull(category, "category"));
    }

    /**
     * The liquidity filter a listed contract must pass to be used as a leg. Every leg must also have traded that day
     * (volume &gt;= 1 whatever {@code minVolume} says) and have a price &gt; 0.
     *
     * @param minOpenInterestLots least open interest, in lots (the chain's open interest in units over the lot size),
     *     {@code >= 0}
     * @param minVolume least contracts traded that day, {@code >= 0}
     * @param maxSpreadFraction largest {@code (ask - bid) / mid} where the quote has a book, {@code > 0}; a book with a
     *     zero ask fails
     * @param requirePriced true to use only contracts with an implied volatility and Greeks; when false an unpriced
     *     contract may be used and contributes no Greeks (its leg shows implied volatility 0)
     */
    public record Liquidity(long minOpenInterestLots, long minVolume, double maxSpreadFraction, boolean requirePriced) {

        /** Validates the thresholds. */
        public Liquidity {
            Checks.argument(
                    minOpenInterestLots >= 0, () -> "minOpenInterestLots must be >= 0 but was " + minOpenInterestLots);
            Checks.argument(minVolume >= 0, () -> "minVolume must be >= 0 but was " + minVolume);
            Checks.positive(maxSpreadFraction, "maxSpreadFraction");
        }
    }

    /**
     * A window of calendar days to expiry: an expiry qualifies when {@code minDays <= DTE <= maxDays}; of those the one
     * nearest {@code targetDays} is taken (the earlier on a tie).
     *
     * @param minDays fewest days to expiry, {@code >= 0}
     * @param targetDays preferred days to expiry, within the window
     * @param maxDays most days to expiry, {@code >= minDays}
     */
    public record DteWindow(int minDays, int targetDays, int maxDays) {

        /** Validates the window. */
        public DteWindow {
            Checks.argument(minDays >= 0, () -> "minDays must be >= 0 but was " + minDays);
            Checks.argument(
                    minDays <= targetDays && targetDays <= maxDays,
                    "a DTE window needs minDays <= targetDays <= maxDays but was " + minDays + ", " + targetDays + ", "
                            + maxDays);
        }

        /** Returns true when {@code daysToExpiry} lies in the window. */
        public boolean contains(long daysToExpiry) {
            return daysToExpiry >= minDays && daysToExpiry <= maxDays;
        }

        /** Returns the window as {@code [min, max] target t} for messages. */
        public String describe() {
            return "[" + minDays + ", " + maxDays + "] target " + targetDays;
        }
    }

    /**
     * Strike distances by role, in one-sigma moves of the near expiry ({@code ExpiryMove.oneSigma}); calls are placed
     * above, puts below. All {@code >= 0}; 0 means at the money.
     *
     * @param directionalLong from the spot: the long option of long calls and puts, the bought leg of debit verticals
     *     and ratio spreads, the far long leg of diagonals
     * @param directionalShort from the spot: the sold leg of debit verticals and the near sold leg of diagonals; &gt;
     *     {@code directionalLong}
     * @param creditShort from the spot: the sold strikes of credit verticals, iron condors, short strangles and the
     *     jade lizard
     * @param longWing from the sold strike: the protective wings of credit verticals, iron condors and the jade lizard;
     *     {@code > 0}
     * @param strangleLong from the spot: both legs of a long strangle
     * @param incomeShort from the spot: the sold option of covered calls and cash-secured puts
     * @param ratioShort from the spot: the sold legs of ratio spreads; &gt; {@code directionalLong}
     * @param butterflyWing from the body (at the money): both wings of butterflies and the iron butterfly, and the
     *     narrow wing of broken-wing butterflies; {@code > 0}
     * @param brokenWingWide from the body: the wide wing of broken-wing butterflies; &gt; {@code butterflyWing}
     * @param maxSnap how far a chosen strike may lie from its target (a wing's width from its target width);
     *     {@code > 0}
     */
    public record StrikeDistances(
            double directionalLong,
            double directionalShort,
            double creditShort,
            double longWing,
            double strangleLong,
            double incomeShort,
            double ratioShort,
            double butterflyWing,
            double brokenWingWide,
            double maxSnap) {

        /** Validates the distances and their order. */
        public StrikeDistances {
            Checks.nonNegative(directionalLong, "directionalLong");
            Checks.nonNegative(directionalShort, "directionalShort");
            Checks.nonNegative(creditShort, "creditShort");
            Checks.positive(longWing, "longWing");
            Checks.nonNegative(strangleLong, "strangleLong");
            Checks.nonNegative(incomeShort, "incomeShort");
            Checks.nonNegative(ratioShort, "ratioShort");
            Checks.positive(butterflyWing, "butterflyWing");
            Checks.positive(brokenWingWide, "brokenWingWide");
            Checks.positive(maxSnap, "maxSnap");
            Checks.argument(
                    directionalShort > directionalLong,
                    "directionalShort (" + directionalShort + ") must exceed directionalLong (" + directionalLong
                            + ")");
            Checks.argument(
                    ratioShort > directionalLong,
                    "ratioShort (" + ratioShort + ") must exceed directionalLong (" + directionalLong + ")");
            Checks.argument(
                    brokenWingWide > butterflyWing,
                    "brokenWingWide (" + brokenWingWide + ") must exceed butterflyWing (" + butterflyWing + ")");
        }
    }
}
