package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ChainSource;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds one model {@link OptionChain} of the historical NIFTY market ({@link ChainSource#MODEL}).
 *
 * <p>Year fraction {@link TimeToExpiry#years(LocalDate, LocalDate)}, discount factor {@code e^{−rT}} with the repo
 * rate of the day, forward {@code S·e^{(r − q + p)T}} with the real NIFTY close {@code S}, the dividend yield {@code
 * q} and the fitted forward premium {@code p} ({@link ChainModel#FORWARD_PREMIUM}). Every option's settlement and
 * close price is the Black-76 price at the {@link VixSurface}'s vol for its strike, unrounded, and its valuation is
 * that vol with the Black-76 Greeks ({@link Valuation.Priced}); on the expiry day the price is the intrinsic value and
 * the valuation {@code NO_IV EXPIRED}, as for every source. Book, volume and open
 * interest from {@link ModelActivity}. The forward is reported as a parity forward over all strikes with spread 0:
 * put-call parity holds exactly in the model. Stateless; thread-safe.
 */
final class ModelChainBuilder {

    private static final double MIN_MONEYNESS_YEARS = 1.0 / (365.0 * 24.0);

    private ModelChainBuilder() {}

    /**
     * Everything one chain is built from.
     *
     * @param asOf the session
     * @param expiry the expiry
     * @param rank 0 for the nearest listed expiry, 1 for the next, ...
     * @param spot NIFTY's close on {@code asOf}
     * @param previousSpot NIFTY's previous close, for the change in open interest
     * @param rate the continuously compounded rate of the day
     * @param surface the day's vol surface
     * @param lot the contracts' lot on {@code asOf}
     * @param strikes the listed strikes, increasing
     */
    record Inputs(
            LocalDate asOf,
            Expiry expiry,
            int rank,
            double spot,
            double previousSpot,
            double rate,
            VixSurface surface,
            LotSize lot,
            long[] strikes) {}

    /** Builds the chain; {@code step} is the strike interval of the expiry's current scheme, for the activity. */
    static OptionChain build(Inputs in, long step) {
        double years = TimeToExpiry.years(in.asOf(), in.expiry().date());
        double df = Math.exp(-in.rate() * years);
        double forward = forward(in.spot(), in.rate(), years);
        double previousForward = forward(in.previousSpot(), in.rate(), years);
        long days = ChronoUnit.DAYS.between(in.asOf(), in.expiry().date());
        double theta = in.surface().atmTotalVariance(Math.max(years, MIN_MONEYNESS_YEARS));
        double rootTheta = Math.sqrt(theta);
        Activity now = new Activity(in.rank(), step, forward);
        Activity before = new Activity(in.rank(), step, previousForward);
        List<ChainRow> rows = new ArrayList<>(in.strikes().length);
        for (long k : in.strikes()) {
            double strike = k;
            double logMoneyness = Math.log(strike / forward);
            double vol = VixSurface.smileVol(theta, years, logMoneyness);
            Option option = new Option(strike, vol, logMoneyness / rootTheta, years, df, days);
            rows.add(new ChainRow(
                    strike,
                    Optional.of(quote(Right.CALL, option, forward, now, before, in.lot())),
                    Optional.of(quote(Right.PUT, option, forward, now, before, in.lot()))));
        }
        return new OptionChain(
                HistoricalNiftyMarket.NIFTY,
                in.expiry().date(),
                in.asOf(),
                OptionalDouble.of(in.spot()),
                Optional.of(ForwardPrice.ofParity(forward, Math.max(1, rows.size()), 0.0)),
                in.rate(),
                years,
                Optional.of(in.lot()),
                rows,
                ChainSource.MODEL);
    }

    /** Returns the model forward of {@code spot} for {@code years}. */
    static double forward(double spot, double rate, double years) {
        return spot * Math.exp((rate - ChainModel.DIVIDEND_YIELD + ChainModel.FORWARD_PREMIUM) * years);
    }

    /** One strike's pricing inputs. */
    private record Option(double strike, double vol, double moneyness, double years, double df, long days) {}

    /** Where the activity profile is centred. */
    private record Activity(int rank, long step, double forward) {

        long openInterestLots(Right right, double strike) {
            long atm = Math.round(forward / step);
            long j = Math.round(strike / step) - atm;
            boolean round = Math.round(strike / step) % 2 == 0;
            boolean otm = right.isCall() ? strike > forward : strike < forward;
            return ModelActivity.openInterestLots(rank, j, round, otm);
        }
    }

    private static OptionQuote quote(
            Right right, Option o, double forward, Activity now, Activity before, LotSize lot) {
        double price;
        Valuation valuation;
        if (o.years() == 0) {
            price = Math.max(right.sign() * (forward - o.strike()), 0.0);
            valuation = new Valuation.Unpriced(QuoteQuality.NO_IV, "EXPIRED: the option expires on the trade date");
        } else {
            Greeks g = Black76.greeks(right, forward, o.strike(), o.years(), o.vol(), o.df());
            price = g.price();
            valuation =
                    new Valuation.Priced(o.vol(), new OptionGreeks(g.delta(), g.gamma(), g.vega(), g.theta(), g.rho()));
        }
        long lots = now.openInterestLots(right, o.strike());
        long volume = ModelActivity.volume(lots, o.days());
        BidAsk book = ModelActivity.book(price, o.moneyness(), o.days(), volume, lots);
        long units = lot.toUnits(Math.toIntExact(lots));
        long previousUnits = lot.toUnits(Math.toIntExact(before.openInterestLots(right, o.strike())));
        return new OptionQuote(
                right,
                o.strike(),
                ModelActivity.last(price, book),
                price,
                price,
                Optional.of(book),
                volume,
                units,
                units - previousUnits,
                valuation);
    }
}
