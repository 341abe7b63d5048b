package io.optionsv4.marketdata.sim;

import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import java.time.LocalDate;

/**
 * Open interest, volume and the bid-ask quote of simulated options.
 *
 * <p>Open interest (lots) at a strike {@code j} steps from the ATM strike: {@code base·q^|j|}, times
 * {@value Calibration#ROUND_STRIKE_FACTOR} on the two-step grid, times {@value Calibration#OTM_OI_TILT} for the
 * out-of-the-money side, times a persistent log-normal factor of the contract and a small daily one; {@code base}
 * falls by {@value #RANK_DECAY} per later expiry. Volume (contracts) is about a quarter of open interest, more in the
 * last days; below one contract the option is untraded. Spread: the liquid spread of {@link SpreadModel#DEFAULT}
 * (the model the replay uses too), bid rounded down and ask up to the tick, never crossed, bid never negative. Other
 * figures in {@link Calibration}. Stateless; thread-safe.
 */
final class OptionActivity {

    /** Base open interest (lots) of an index's nearest expiry at the ATM strike (assumed). */
    static final double INDEX_ATM_LOTS = 30_000;

    /** Base open interest of a stock's nearest expiry at the ATM strike, as a fraction of its median daily volume. */
    static final double STOCK_ATM_SHARE_OF_VOLUME = 0.3;

    /** Factor by which the base open interest falls per later expiry. */
    static final double RANK_DECAY = 0.35;

    private static final double CONTRACT_NOISE_SD = 0.25;
    private static final double DAILY_NOISE_SD = 0.05;
    private static final double VOLUME_NOISE_SD = 0.5;
    private static final double TURNOVER = 0.25;

    private OptionActivity() {}

    /**
     * What the activity of one expiry's options depends on.
     *
     * @param profile the underlying
     * @param expiry the expiry
     * @param rank 0 for the nearest expiry, 1 for the next, ...
     * @param step strike step
     * @param lotUnits units per lot
     * @param stream the random stream of the underlying's options
     */
    record Context(SymbolProfile profile, LocalDate expiry, int rank, double step, int lotUnits, RandomStream stream) {}

    /** Returns the open interest in lots of the option on {@code session} with the underlying at {@code spot}. */
    static long openInterestLots(Context c, double strike, Right right, LocalDate session, double spot) {
        return openInterestLots(c, contract(c, strike, right), strike, right, session, spot);
    }

    /** As {@link #openInterestLots(Context, double, Right, LocalDate, double)} with the contract's stream given. */
    static long openInterestLots(
            Context c, RandomStream contract, double strike, Right right, LocalDate session, double spot) {
        double atm = Math.round(spot / c.step()) * c.step();
        long j = Math.round((strike - atm) / c.step());
        double base = c.profile().index()
                ? INDEX_ATM_LOTS
                : STOCK_ATM_SHARE_OF_VOLUME * c.profile().medianVolume() / c.lotUnits();
        base *= Math.pow(RANK_DECAY, c.rank());
        double weight = Math.pow(Calibration.OI_DECAY_PER_STEP, Math.abs(j));
        if (Math.abs(Math.round(strike / c.step()) % 2) == 0) {
            weight *= Calibration.ROUND_STRIKE_FACTOR;
        }
        boolean otm = right.isCall() ? strike > spot : strike < spot;
        if (otm) {
            weight *= Calibration.OTM_OI_TILT;
        }
        double noise = Math.exp(CONTRACT_NOISE_SD * contract.gaussian(0)
                + DAILY_NOISE_SD * contract.child(session).gaussian(0));
        return (long) Math.floor(base * weight * noise);
    }

    /** Returns the contracts traded on {@code session}, 0 when the option did not trade. */
    static long volume(Context c, RandomStream contract, LocalDate session, long openInterestLots) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(session, c.expiry());
        double z = contract.child(session).gaussian(1);
        double expected = TURNOVER * openInterestLots * (1 + 2.0 / (1 + days));
        return (long) Math.floor(expected * Math.exp(VOLUME_NOISE_SD * z - 0.5 * VOLUME_NOISE_SD * VOLUME_NOISE_SD));
    }

    /**
     * Returns the bid and ask around {@code mid}.
     *
     * @param mid the model price in rupees
     * @param standardisedMoneyness {@code ln(K/F)/(σ_ATM·√T)}
     * @param days calendar days to expiry
     * @param spreadMultiple the underlying's spread multiple
     * @param tick the tick size
     */
    static BidAsk quote(double mid, double standardisedMoneyness, long days, double spreadMultiple, double tick) {
        double spread = SpreadModel.DEFAULT.liquidSpread(mid, standardisedMoneyness, days, spreadMultiple);
        long bidTicks = Math.max(0, (long) Math.floor((mid - 0.5 * spread) / tick + 1e-9));
        long askTicks = Math.max(bidTicks + 1, (long) Math.ceil((mid + 0.5 * spread) / tick - 1e-9));
        return new BidAsk(ticks(bidTicks, tick), ticks(askTicks, tick));
    }

    /** Returns a traded price on the tick grid inside the quote: the mid rounded to the tick, at least one tick. */
    static double last(double mid, BidAsk quote, double tick) {
        double rounded = ticks(Math.max(1, Math.round(mid / tick)), tick);
        return Math.min(quote.ask(), Math.max(quote.bid(), rounded));
    }

    /** Returns {@code n} ticks as the nearest double, e.g. {@code 37 × 0.05 = 1.85}. */
    static double ticks(long n, double tick) {
        double perRupee = Math.rint(1.0 / tick);
        return Math.abs(perRupee * tick - 1.0) < 1e-12 ? n / perRupee : n * tick;
    }

    /** Returns the random stream of one contract (expiry, strike, right) of the context's underlying. */
    static RandomStream contract(Context c, double strike, Right right) {
        return c.stream().child(c.expiry()).child(Math.round(strike * 100) * 2 + (right.isCall() ? 0 : 1));
    }
}
