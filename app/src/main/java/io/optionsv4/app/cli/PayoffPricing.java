package io.optionsv4.app.cli;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.costs.PriceSource;
import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prices the legs of a {@code payoff} position for execution with the core's {@link ExecutablePrices}: a leg with a
 * book ({@code bid} and {@code ask}) buys at the ask and sells at the bid; a leg without one gets the
 * {@link SpreadModel}'s bid and ask around its premium when {@code --spread} is given, else trades at its premium.
 * The spread model is asked for a traded contract with deep open interest (the liquid spread), since the input carries
 * no volume or open interest. Stock legs trade at their price.
 */
final class PayoffPricing {

    private PayoffPricing() {}

    /**
     * One leg at the given premium ({@code gross}) and at its executable price, with the bid and ask used.
     *
     * @param gross the leg at its given premium
     * @param executable the leg at its executable price (the same leg for stock and for legs without a spread)
     * @param bid the bid used, rupees per unit ({@code NaN} for a stock leg)
     * @param ask the ask used, rupees per unit ({@code NaN} for a stock leg)
     * @param source where the bid and ask come from
     */
    record PricedLeg(Leg gross, Leg executable, double bid, double ask, PriceSource source) {}

    /**
     * Prices every leg of {@code position}.
     *
     * @param spread whether legs without a book get the spread model's bid and ask
     * @throws IllegalArgumentException naming the leg and the field when a book is crossed, one side is missing, or a
     *     price is not positive
     */
    static List<PricedLeg> price(PayoffCommand.Position position, boolean spread) {
        List<PricedLeg> priced = new ArrayList<>();
        for (int i = 0; i < position.legs().size(); i++) {
            Leg leg = position.legs().get(i);
            String at = "legs[" + i + "]";
            priced.add(
                    switch (leg) {
                        case UnderlyingLeg u -> new PricedLeg(u, u, Double.NaN, Double.NaN, PriceSource.REFERENCE);
                        case OptionLeg o -> option(o, position.quotes().get(i), at, spread, position);
                    });
        }
        return List.copyOf(priced);
    }

    /** Returns the executable legs of {@code priced}. */
    static List<Leg> executable(List<PricedLeg> priced) {
        return priced.stream().map(PricedLeg::executable).toList();
    }

    /** Returns the legs of {@code priced} at their given premiums. */
    static List<Leg> gross(List<PricedLeg> priced) {
        return priced.stream().map(PricedLeg::gross).toList();
    }

    private static PricedLeg option(
            OptionLeg leg, LegQuote quote, String at, boolean spread, PayoffCommand.Position position) {
        String contract = at + " (" + leg.side() + " " + leg.right() + " " + plain(leg.strike()) + ")";
        LegPricing pricing;
        if (quote.hasBook()) {
            pricing = ExecutablePrices.DEFAULT.fromBook(contract, leg.side(), quote.bid(), quote.ask());
        } else if (spread) {
            pricing = ExecutablePrices.DEFAULT.fromModel(contract, leg.side(), spreadInputs(leg, quote, position));
        } else {
            double p = leg.premiumPerUnit();
            return new PricedLeg(leg, leg, p, p, PriceSource.REFERENCE);
        }
        return switch (pricing) {
            case BadPrice bad -> throw new IllegalArgumentException(message(bad, at));
            case LegPrice price ->
                new PricedLeg(
                        leg,
                        new OptionLeg(
                                leg.right(),
                                leg.strike(),
                                leg.quantity(),
                                price.executable(),
                                leg.yearsAfterFirstExpiry()),
                        price.bid(),
                        price.ask(),
                        price.source());
        };
    }

    private static SpreadInputs spreadInputs(OptionLeg leg, LegQuote quote, PayoffCommand.Position position) {
        ProbabilityModel m = position.model();
        double years = m.yearsToExpiry() + leg.yearsAfterFirstExpiry();
        double forward = m.spot() * Math.exp((m.rate() - m.dividendYield()) * years);
        double sd = quote.volatilityOr(m.annualVol()) * Math.sqrt(years);
        double moneyness = sd > 0 ? Math.log(leg.strike() / forward) / sd : 0;
        boolean index = position.market().kind() == UnderlyingKind.INDEX;
        return new SpreadInputs(
                leg.premiumPerUnit(),
                moneyness,
                Math.round(years * PayoffRequest.DAYS_PER_YEAR),
                1,
                SpreadModel.DEFAULT.referenceOiLots(),
                index);
    }

    private static String message(BadPrice bad, String at) {
        String contract = bad.contract();
        return switch (bad.problem()) {
            case MISSING ->
                at + "." + bad.field() + " is missing: a leg with a book needs both bid and ask " + tail(bad);
            case CROSSED -> at + ".bid is above " + at + ".ask: the book " + bad.detail() + " " + tail(bad);
            case NON_POSITIVE ->
                at + "." + bad.field().replace("modelled ", "") + " must be > 0: " + contract + " " + bad.field() + " "
                        + bad.detail();
        };
    }

    private static String tail(BadPrice bad) {
        return "(" + bad.contract().substring(bad.contract().indexOf('(') + 1);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
