package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ChainSource;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.QuoteValuer;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a simulated {@link OptionChain} with the replay's conventions, so both sources look alike to the analytics.
 *
 * <p>Year fraction {@link TimeToExpiry#years(LocalDate, LocalDate)}, discount factor {@code e^{−rT}}, forward {@code
 * S·exp((r − q)T)}. Strikes: the ATM strike (forward rounded to the step) and n steps each side, n covering
 * {@value #STOCK_WIDTH} (stocks) or {@value #INDEX_WIDTH} (indices) standard deviations of a month or more, between
 * {@value #MIN_STRIKES_EACH_SIDE} and {@value #MAX_STRIKES_EACH_SIDE}. Each option's settlement and close price is the
 * Black-76 price at the {@link SmileSurface}'s vol, not rounded, so its implied vol is the smile's; bid, ask and last
 * lie on the tick grid around it ({@link OptionActivity}). Valuation exactly as the replay's chain builder: untraded
 * options {@link QuoteQuality#UNTRADED}, traded options on their expiry day {@link QuoteQuality#NO_IV} {@code EXPIRED},
 * otherwise the core's Black-76 implied vol of the settlement price at the chain's forward and the Greeks at that vol.
 * The chain's forward is the model forward (the simulated future's price): a parity forward over the strikes with
 * both sides traded (spread 0, parity holds exactly), or the future's price when none is. Stateless; thread-safe.
 */
final class ChainSimulator {

    static final double STOCK_WIDTH = 2.5;
    static final double INDEX_WIDTH = 4.0;
    static final int MIN_STRIKES_EACH_SIDE = 8;
    static final int MAX_STRIKES_EACH_SIDE = 60;
    private static final double MIN_RANGE_YEARS = 30 / 365.0;

    private ChainSimulator() {}

    /**
     * Everything a chain is built from.
     *
     * @param activity the expiry's activity context (profile, expiry, rank, step, lot)
     * @param session the session the chain belongs to
     * @param previousSession the session before, for the change in open interest
     * @param spot the underlying's close
     * @param previousSpot the underlying's previous close
     * @param surface the session's vol surface
     * @param lot the contracts' lot
     * @param tick the option tick size
     */
    record Inputs(
            OptionActivity.Context activity,
            LocalDate session,
            LocalDate previousSession,
            double spot,
            double previousSpot,
            SmileSurface surface,
            LotSize lot,
            double tick) {}

    /** Returns the model forward of {@code spot} for {@code years}. */
    static double forward(SymbolProfile profile, double spot, double years) {
        return spot * Math.exp((Calibration.RATE - profile.dividendYield()) * years);
    }

    /** Builds the chain. */
    static OptionChain build(Inputs in) {
        OptionActivity.Context c = in.activity();
        double years = TimeToExpiry.years(in.session(), c.expiry());
        double df = Math.exp(-Calibration.RATE * years);
        double forward = forward(c.profile(), in.spot(), years);
        long days = ChronoUnit.DAYS.between(in.session(), c.expiry());
        double atmVol = in.surface().atmVol(years);
        double sd = atmVol * Math.sqrt(Math.max(years, MIN_RANGE_YEARS));
        double width = c.profile().index() ? INDEX_WIDTH : STOCK_WIDTH;
        int n = (int) Math.min(
                MAX_STRIKES_EACH_SIDE, Math.max(MIN_STRIKES_EACH_SIDE, Math.ceil(width * sd * forward / c.step())));
        long atmSteps = Math.round(forward / c.step());
        double rootTheta = atmVol * Math.sqrt(Math.max(years, 1e-9));
        List<ChainRow> rows = new ArrayList<>(2 * n + 1);
        int bothTraded = 0;
        List<OptionQuote[]> pending = new ArrayList<>();
        for (long j = Math.max(1, atmSteps - n); j <= atmSteps + n; j++) {
            double strike = j * c.step();
            double x = years > 0 ? Math.log(strike / forward) / rootTheta : 0;
            OptionQuote call = option(in, Right.CALL, strike, forward, years, df, x, days);
            OptionQuote put = option(in, Right.PUT, strike, forward, years, df, x, days);
            if (call.isTraded() && put.isTraded()) {
                bothTraded++;
            }
            pending.add(new OptionQuote[] {call, put});
        }
        // The simulated future settles at the model forward, so parity on any traded pair gives it exactly.
        Optional<ForwardPrice> fwd = Optional.of(
                bothTraded > 0 ? ForwardPrice.ofParity(forward, bothTraded, 0.0) : ForwardPrice.ofFuture(forward));
        for (OptionQuote[] pair : pending) {
            rows.add(new ChainRow(
                    pair[0].strike(),
                    Optional.of(valued(pair[0], fwd, years, df)),
                    Optional.of(valued(pair[1], fwd, years, df))));
        }
        return new OptionChain(
                c.profile().symbol(),
                c.expiry(),
                in.session(),
                OptionalDouble.of(in.spot()),
                fwd,
                Calibration.RATE,
                years,
                Optional.of(in.lot()),
                rows,
                ChainSource.SIMULATED);
    }

    private static OptionQuote option(
            Inputs in, Right right, double strike, double forward, double years, double df, double x, long days) {
        OptionActivity.Context c = in.activity();
        double vol = in.surface().impliedVol(forward, strike, years);
        double mid = Black76.price(right, forward, strike, years, vol, df);
        BidAsk quote = OptionActivity.quote(mid, x, days, c.profile().spreadMultiple(), in.tick());
        RandomStream contract = OptionActivity.contract(c, strike, right);
        long lots = OptionActivity.openInterestLots(c, contract, strike, right, in.session(), in.spot());
        long previousLots =
                OptionActivity.openInterestLots(c, contract, strike, right, in.previousSession(), in.previousSpot());
        long volume = OptionActivity.volume(c, contract, in.session(), lots);
        double last = volume > 0 ? OptionActivity.last(mid, quote, in.tick()) : 0.0;
        long units = lots * c.lotUnits();
        return new OptionQuote(
                right,
                strike,
                last,
                mid,
                mid,
                Optional.of(quote),
                volume,
                units,
                units - previousLots * c.lotUnits(),
                new Valuation.Unpriced(QuoteQuality.UNTRADED, "pending"));
    }

    private static OptionQuote valued(OptionQuote q, Optional<ForwardPrice> forward, double years, double df) {
        return new OptionQuote(
                q.right(),
                q.strike(),
                q.last(),
                q.close(),
                q.settle(),
                q.bidAsk(),
                q.volume(),
                q.openInterest(),
                q.changeInOpenInterest(),
                valuation(q, forward, years, df));
    }

    /** The valuation rule every source uses ({@link QuoteValuer}), applied to a simulated quote. */
    static Valuation valuation(OptionQuote q, Optional<ForwardPrice> forward, double years, double df) {
        return QuoteValuer.value(
                q.volume() > 0,
                q.right(),
                q.settle(),
                forward.map(f -> OptionalDouble.of(f.price())).orElse(OptionalDouble.empty()),
                q.strike(),
                years,
                df);
    }
}
