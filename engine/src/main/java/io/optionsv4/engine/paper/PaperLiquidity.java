package io.optionsv4.engine.paper;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;

/**
 * How much of a contract the paper broker may trade against one market snapshot when the source shows no quantities
 * at the bid and ask (the simulated market, end-of-day replays): a share of the day's traded contracts or a share of
 * the open interest, whichever is larger, rounded down to whole lots. A snapshot whose book shows quantities is traded
 * up to the quantity shown instead. What one snapshot offered is used up by the fills against it; a new snapshot (a
 * changed quote) offers its quantity afresh.
 *
 * @param volumeShare the share of the day's volume (in contracts, i.e. lots) one snapshot offers, in [0, 1]
 * @param openInterestShare the share of the open interest (in units) one snapshot offers, in [0, 1]
 */
public record PaperLiquidity(double volumeShare, double openInterestShare) {

    /**
     * 5 % of the day's volume or 1 % of the open interest per snapshot: an at-the-money NIFTY option (millions of
     * contracts a day) fills any retail order at once, a stock option that traded 20 lots with 100 lots open offers
     * one lot.
     */
    public static final PaperLiquidity DEFAULT = new PaperLiquidity(0.05, 0.01);

    /** Validates the shares. */
    public PaperLiquidity {
        Checks.argument(volumeShare >= 0 && volumeShare <= 1, "volumeShare must be in [0, 1] but was " + volumeShare);
        Checks.argument(
                openInterestShare >= 0 && openInterestShare <= 1,
                "openInterestShare must be in [0, 1] but was " + openInterestShare);
    }

    /**
     * Returns the units {@code side} may trade against {@code snapshot}: the quantity shown at the ask (a buy) or the
     * bid (a sell) where the source reports one, else {@link #offeredUnits(long, long, int)}.
     *
     * @param lotSize units per lot
     */
    public long offeredUnits(OptionQuote snapshot, Side side, int lotSize) {
        if (snapshot.bidAsk().isPresent()) {
            BidAsk book = snapshot.bidAsk().get();
            // A buy takes the offer (ask), a sell hits the bid.
            long shown = side == Side.BUY ? book.askQuantity() : book.bidQuantity();
            if (shown > 0) {
                return shown;
            }
        }
        return offeredUnits(snapshot.volume(), snapshot.openInterest(), lotSize);
    }

    /**
     * Returns the units a snapshot without quantities offers: the larger share, rounded down to whole lots.
     *
     * @param volumeContracts the day's traded contracts (lots)
     * @param openInterestUnits the open interest in units
     * @param lotSize units per lot
     */
    public long offeredUnits(long volumeContracts, long openInterestUnits, int lotSize) {
        Checks.positive(lotSize, "lotSize");
        double byVolume = volumeShare * volumeContracts * lotSize;
        double byOpenInterest = openInterestShare * openInterestUnits;
        long lots = (long) Math.floor(Math.max(byVolume, byOpenInterest) / lotSize);
        return lots * lotSize;
    }
}
