package io.optionsv4.marketdata.history;

import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.core.market.BidAsk;

/**
 * The model's open interest, volume and book for the historical NIFTY chains. There is no traded activity behind a
 * rebuilt chain; these figures exist so that the engine's liquidity rules see a NIFTY-like book (deep at the money,
 * thin in the wings and far expiries) and are flagged, with the prices, by {@code ChainSource.MODEL}. The shape is the
 * simulated market's, fitted on the real January 2020 open interest ({@code docs/simulated-market.md}), without its
 * random noise, so the same inputs always give the same figures; calls and puts are symmetric around the forward, so
 * a put-call ratio or max pain computed on them carries no information.
 *
 * <p>Open interest (lots) {@value #ATM_LOTS} × {@value #RANK_DECAY}^rank × {@value #DECAY_PER_STEP}^|j| for a strike
 * {@code j} intervals from the ATM strike, × {@value #ROUND_STRIKE_FACTOR} on strikes that are multiples of two
 * intervals, × {@value #OUT_OF_THE_MONEY_FACTOR} for the out-of-the-money side. Volume (contracts) {@value #TURNOVER} ×
 * open interest × (1 + 2/(1 + DTE)), at least one contract (every model price counts as traded). Book: {@link
 * SpreadModel#DEFAULT}'s spread around the model price (liquid near the money, wider where volume and open interest
 * are thin), bid rounded down and ask up to the tick, bid never negative, ask at least a tick above the bid.
 * Stateless; thread-safe.
 */
final class ModelActivity {

    /** Open interest (lots) at the money of the nearest expiry (the simulated market's, assumed). */
    static final double ATM_LOTS = 30_000;

    /** Open interest factor per later expiry (the simulated market's, assumed). */
    static final double RANK_DECAY = 0.35;

    /** Open interest decay per strike interval from the money (fitted on January 2020: 0.75). */
    static final double DECAY_PER_STEP = 0.75;

    /** Open interest on strikes that are multiples of two intervals over their neighbours (fitted: 1.9). */
    static final double ROUND_STRIKE_FACTOR = 1.9;

    /** Open interest of the out-of-the-money side over the in-the-money side (assumed, the simulated market's). */
    static final double OUT_OF_THE_MONEY_FACTOR = 1.8;

    /** Contracts traded per lot of open interest (the simulated market's). */
    static final double TURNOVER = 0.25;

    private static final double TICKS_PER_RUPEE = Math.rint(1.0 / ChainModel.TICK);
    private static final double[] STEP_DECAY = powers(DECAY_PER_STEP, 512);
    private static final double[] RANK_FACTOR = powers(RANK_DECAY, 64);

    private ModelActivity() {}

    /**
     * Returns the open interest in lots.
     *
     * @param rank 0 for the nearest expiry, 1 for the next, ...
     * @param stepsFromAtm strike intervals from the ATM strike (the forward rounded to the interval)
     * @param roundStrike true when the strike is a multiple of two intervals
     * @param outOfTheMoney true for the out-of-the-money option of the strike
     */
    static long openInterestLots(int rank, long stepsFromAtm, boolean roundStrike, boolean outOfTheMoney) {
        double lots = ATM_LOTS * power(RANK_FACTOR, RANK_DECAY, rank) * power(STEP_DECAY, DECAY_PER_STEP, stepsFromAtm);
        if (roundStrike) {
            lots *= ROUND_STRIKE_FACTOR;
        }
        if (outOfTheMoney) {
            lots *= OUT_OF_THE_MONEY_FACTOR;
        }
        return (long) Math.floor(lots);
    }

    /** Returns {@code base^|n|} from the table of the first powers, computing it beyond the table. */
    private static double power(double[] table, double base, long n) {
        long k = Math.abs(n);
        return k < table.length ? table[(int) k] : Math.pow(base, k);
    }

    private static double[] powers(double base, int count) {
        double[] table = new double[count];
        for (int i = 0; i < count; i++) {
            table[i] = Math.pow(base, i);
        }
        return table;
    }

    /**
     * Returns the contracts traded on the day, at least one: every model price is a price the chain stands behind, so
     * every option counts as traded (priced), and the open interest carries the liquidity.
     */
    static long volume(long openInterestLots, long daysToExpiry) {
        return Math.max(1, (long) Math.floor(TURNOVER * openInterestLots * (1 + 2.0 / (1 + daysToExpiry))));
    }

    /**
     * Returns the book around the model price.
     *
     * @param price the model price, rupees per unit
     * @param standardisedMoneyness {@code ln(K/F)/(σ_ATM·√T)}
     * @param daysToExpiry calendar days to expiry
     * @param volume contracts traded
     * @param openInterestLots open interest in lots
     */
    static BidAsk book(
            double price, double standardisedMoneyness, long daysToExpiry, long volume, long openInterestLots) {
        double spread = SpreadModel.DEFAULT.spread(
                new SpreadInputs(price, standardisedMoneyness, daysToExpiry, volume, openInterestLots, true));
        long bidTicks = Math.max(0, (long) Math.floor((price - 0.5 * spread) / ChainModel.TICK + 1e-9));
        long askTicks = Math.max(bidTicks + 1, (long) Math.ceil((price + 0.5 * spread) / ChainModel.TICK - 1e-9));
        return new BidAsk(ticks(bidTicks), ticks(askTicks));
    }

    /** Returns the last traded price: the model price on the tick grid, at least one tick, inside the book. */
    static double last(double price, BidAsk book) {
        double rounded = ticks(Math.max(1, Math.round(price / ChainModel.TICK)));
        return Math.min(book.ask(), Math.max(book.bid(), rounded));
    }

    /** Returns {@code n} ticks as the nearest double, e.g. 37 ticks of 0.05 = 1.85. */
    static double ticks(long n) {
        return n / TICKS_PER_RUPEE;
    }
}
