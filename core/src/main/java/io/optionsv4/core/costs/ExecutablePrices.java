package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;

/**
 * Prices legs for execution: buy at the ask, sell at the bid, with the {@link Slippage} on top. Where the source has a
 * book its bid and ask are used and must be sound (both sides positive, not crossed); where it has none (end-of-day
 * replay) the {@link SpreadModel} puts a bid and an ask around the close, rounded outwards to the tick (the bid at
 * least one tick when the close is above one tick). A leg that
 * cannot be priced is a {@link BadPrice}, never an exception. Immutable and thread-safe.
 *
 * @param model the spread model for sources without a book
 * @param slippage ticks per leg on top of the bid or ask
 */
public record ExecutablePrices(SpreadModel model, Slippage slippage) {

    /** The calibrated spread model without slippage. */
    public static final ExecutablePrices DEFAULT = new ExecutablePrices(SpreadModel.DEFAULT, Slippage.NONE);

    /** Validates the components. */
    public ExecutablePrices {
        Checks.notNull(model, "model");
        Checks.notNull(slippage, "slippage");
    }

    /**
     * Prices a leg from its quoted book.
     *
     * @param contract the contract in words, for messages
     * @param side buy or sell
     * @param bid the best bid, rupees per unit (0 or NaN when there is none)
     * @param ask the best ask, rupees per unit (0 or NaN when there is none)
     * @return the leg's prices at the mid and at the bid or ask, or what is wrong with the book
     */
    public LegPricing fromBook(String contract, Side side, double bid, double ask) {
        Checks.notBlank(contract, "contract");
        Checks.notNull(side, "side");
        BadPrice bad = checkSide(contract, "bid", bid);
        if (bad == null) {
            bad = checkSide(contract, "ask", ask);
        }
        if (bad != null) {
            return bad;
        }
        if (bid > ask) {
            return new BadPrice(contract, "book", BadPrice.Problem.CROSSED, "is crossed: bid " + bid + " > ask " + ask);
        }
        return price(contract, side, 0.5 * (bid + ask), bid, ask, PriceSource.BOOK);
    }

    /**
     * Prices a leg without a book: the spread model's bid and ask around the reference price (the close).
     *
     * @param contract the contract in words, for messages
     * @param side buy or sell
     * @param in the reference price and what the spread depends on
     * @return the leg's prices, or a {@link BadPrice} when the reference or the modelled bid is not positive
     */
    public LegPricing fromModel(String contract, Side side, SpreadInputs in) {
        Checks.notBlank(contract, "contract");
        Checks.notNull(side, "side");
        double reference = Checks.notNull(in, "in").referencePrice();
        if (!(reference > 0)) {
            return new BadPrice(contract, "close", BadPrice.Problem.NON_POSITIVE, "is " + reference + ", not > 0");
        }
        double half = model.halfSpread(in);
        double tick = slippage.tick();
        // A listed option whose reference is above one tick bids at least one tick (NSE books rarely show less).
        double floor = reference > tick ? tick : 0;
        double bid = Math.max(floor, Math.floor((reference - half) / tick + 1e-9) * tick);
        double ask = Math.max(reference, Math.ceil((reference + half) / tick - 1e-9) * tick);
        return price(contract, side, reference, Math.min(bid, reference), ask, PriceSource.MODEL);
    }

    /** Returns the pricing rule in words, for report headers. */
    public String describe() {
        return "buy at the ask, sell at the bid (spread model where there is no book)"
                + (slippage.ticksPerLeg() > 0
                        ? ", plus " + slippage.ticksPerLeg() + " tick(s) of ₹" + slippage.tick() + " per leg"
                        : "");
    }

    private LegPricing price(String contract, Side side, double reference, double bid, double ask, PriceSource source) {
        double executable = side == Side.BUY ? ask + slippage.perUnit() : bid - slippage.perUnit();
        if (!(executable > 1e-9)) {
            String field = source == PriceSource.BOOK ? "bid" : "modelled bid";
            return new BadPrice(
                    contract,
                    field,
                    BadPrice.Problem.NON_POSITIVE,
                    bid + " less slippage " + slippage.perUnit() + " leaves " + executable + " to sell at");
        }
        return new LegPrice(contract, side, reference, bid, ask, source, executable);
    }

    private static BadPrice checkSide(String contract, String field, double price) {
        if (Double.isNaN(price) || price == 0) {
            return new BadPrice(contract, field, BadPrice.Problem.MISSING, "is missing (" + price + ")");
        }
        if (price < 0 || Double.isInfinite(price)) {
            return new BadPrice(contract, field, BadPrice.Problem.NON_POSITIVE, "is " + price + ", not > 0");
        }
        return null;
    }
}
