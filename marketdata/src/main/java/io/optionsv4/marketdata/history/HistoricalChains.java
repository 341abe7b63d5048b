package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.marketdata.history.ExpirySchedule.Listed;
import java.time.LocalDate;
import java.util.List;

/**
 * The shared engine behind every {@link HistoricalNiftyMarket} view: the loaded history and tables, and the caches of
 * listings and chains. Every method takes the session it answers for and reads only that session and earlier ones
 * (and the rule tables and NSE calendar, which are known ahead), so a chain cached for one view is the chain every
 * other view would build: sharing the caches cannot leak a later date. Thread-safe.
 */
final class HistoricalChains {

    private static final int LISTING_CACHE = 8_192;
    private static final int CHAIN_CACHE = 512;

    private final NiftyHistory history;
    private final ExpirySchedule schedule;
    private final StrikeGrid grid;
    private final LotSizeHistory lots;
    private final RepoRates rates;
    private final LruCache<LocalDate, List<Listed>> listings = new LruCache<>(LISTING_CACHE);
    private final LruCache<ChainKey, OptionChain> chains = new LruCache<>(CHAIN_CACHE);
    private final LruCache<LocalDate, LocalDate> firstListed = new LruCache<>(LISTING_CACHE);
    private final LruCache<LocalDate, LocalDate> firstNear = new LruCache<>(LISTING_CACHE);

    private record ChainKey(LocalDate asOf, LocalDate expiry) {}

    HistoricalChains(
            NiftyHistory history, ExpirySchedule schedule, StrikeGrid grid, LotSizeHistory lots, RepoRates rates) {
        this.history = history;
        this.schedule = schedule;
        this.grid = grid;
        this.lots = lots;
        this.rates = rates;
    }

    NiftyHistory history() {
        return history;
    }

    RepoRates rates() {
        return rates;
    }

    /** Returns the expiries listed on {@code asOf}, earliest first. */
    List<Listed> listed(LocalDate asOf) {
        return listings.get(asOf, schedule::listed);
    }

    /**
     * Returns the chain of {@code expiry} on the session at {@code index}.
     *
     * @throws MarketDataException when the expiry is not listed that day, or the day has no VIX, rate or lot
     */
    OptionChain chain(int index, LocalDate expiry) {
        LocalDate asOf = history.session(index);
        return chains.get(new ChainKey(asOf, expiry), key -> build(index, asOf, expiry));
    }

    private OptionChain build(int index, LocalDate asOf, LocalDate expiry) {
        List<Listed> listed = listed(asOf);
        int rank = 0;
        while (rank < listed.size() && !listed.get(rank).date().equals(expiry)) {
            rank++;
        }
        if (rank == listed.size()) {
            throw new MarketDataException("no NIFTY options expiring " + expiry + " are listed on " + asOf
                    + "; listed expiries: " + listed.stream().map(Listed::date).toList());
        }
        Listed contract = listed.get(rank);
        NiftyHistory.VixReading vix = history.vixOn(asOf);
        double rate = rates.continuousRate(asOf);
        LotSize lot = lots.lot(contract.expiry(), asOf);
        LocalDate listedSince = firstListed.get(expiry, e -> schedule.firstListed(e, asOf, false));
        LocalDate nearSince = contract.near() ? firstNear.get(expiry, e -> schedule.firstListed(e, asOf, true)) : null;
        long[] strikes = grid.strikes(history, listedSince, nearSince, asOf);
        StrikeGrid.Series series = contract.near() ? StrikeGrid.Series.NEAR : StrikeGrid.Series.LONG;
        long step = grid.scheme(series, asOf).step();
        double spot = history.close(index);
        double previousSpot = index > 0 ? history.close(index - 1) : spot;
        return ModelChainBuilder.build(
                new ModelChainBuilder.Inputs(
                        asOf,
                        contract.expiry(),
                        rank,
                        spot,
                        previousSpot,
                        rate,
                        VixSurface.anchoredOn(vix.vix()),
                        lot,
                        strikes),
                step);
    }
}
