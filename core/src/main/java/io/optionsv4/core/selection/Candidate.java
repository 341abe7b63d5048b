package io.optionsv4.core.selection;

import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.VolatilitySmile;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.Strategy;
import io.optionsv4.core.strategy.StrategyDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A strategy built on one underlying's real chain, before filtering and ranking: the registered definition, the
 * listed contracts chosen for its legs, the resolved position and its figures at the (near) expiry.
 *
 * @param symbol the underlying
 * @param asOf the trading day of the chain
 * @param definition the registered strategy
 * @param spot the underlying's price used for the figures
 * @param legs the option legs in the template's order
 * @param underlyingUnits units of the underlying held (a covered call), 0 otherwise; the stored legs carry options only
 * @param lotSize units per lot of the contracts, from reference data
 * @param strategy the resolved position (quantities in units)
 * @param figures max profit/loss, breakevens, PoP and EV of the whole position at the near expiry at executable prices
 *     (buy at the ask, sell at the bid), rupees; PoP and EV under the {@link #distribution() smile's distribution}
 * @param greeks net Greeks of the whole position
 * @param netPremium rupees for the whole position at executable prices: &gt; 0 a credit received, &lt; 0 a debit paid
 * @param nearExpiry the first expiry of the legs
 * @param farExpiry the later expiry of a calendar or diagonal spread
 * @param daysToExpiry calendar days from {@code asOf} to {@code nearExpiry}
 * @param atmVolatility the near expiry's ATM implied volatility, annualised decimal (margin scan, stress ranges,
 *     plan paths)
 * @param reference the net premium and the figures at the legs' reference prices (mid or close)
 * @param model the lognormal model at the near expiry (spot, ATM volatility, rate and dividend yield matching the
 *     chain's forward, years to the near expiry): the forward, rate and time of the figures
 * @param smile the near expiry's implied volatility by strike: with {@code model} the {@link #distribution()
 *     terminal distribution} the figures' PoP and EV are computed under
 * @param economics the costs, the figures net of them and the capital required, once {@link EconomicsCalculator}
 *     has priced them (empty straight from construction)
 */
public record Candidate(
        String symbol,
        LocalDate asOf,
        StrategyDefinition definition,
        double spot,
        List<CandidateLeg> legs,
        int underlyingUnits,
        int lotSize,
        Strategy strategy,
        StrategyFigures figures,
        GreekExposure greeks,
        double netPremium,
        LocalDate nearExpiry,
        Optional<LocalDate> farExpiry,
        int daysToExpiry,
        double atmVolatility,
        ProbabilityModel model,
        VolatilitySmile smile,
        ReferenceFigures reference,
        Optional<CandidateEconomics> economics) {
    /** Validates the components and copies the legs. */
    public Candidate {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(definition, "definition");
        Checks.positive(spot, "spot");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), definition.name() + " on " + symbol + " needs at least one option leg");
        Checks.argument(underlyingUnits >= 0, () -> "underlyingUnits must be >= 0 but was " + underlyingUnits);
        Checks.positive(lotSize, "lotSize");
        Checks.notNull(strategy, "strategy");
        Checks.notNull(figures, "figures");
        Checks.notNull(greeks, "greeks");
        Checks.finite(netPremium, "netPremium");
        Checks.notNull(nearExpiry, "nearExpiry");
        Checks.notNull(farExpiry, "farExpiry");
        Checks.argument(!nearExpiry.isBefore(asOf), () -> "near expiry " + nearExpiry + " is before " + asOf);
        Checks.argument(daysToExpiry >= 0, () -> "daysToExpiry must be >= 0 but was " + daysToExpiry);
        Checks.nonNegative(atmVolatility, "atmVolatility");
        Checks.notNull(model, "model");
        Checks.notNull(smile, "smile");
        Checks.notNull(reference, "reference");
        Checks.notNull(economics, "economics");
    }

    /**
     * Creates a candidate without economics yet whose smile is flat at the model's volatility (the figures then are
     * the lognormal model's; see the canonical constructor for the components).
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Candidate(
            String symbol,
            LocalDate asOf,
            StrategyDefinition definition,
            double spot,
            List<CandidateLeg> legs,
            int underlyingUnits,
            int lotSize,
            Strategy strategy,
            StrategyFigures figures,
            GreekExposure greeks,
            double netPremium,
            LocalDate nearExpiry,
            Optional<LocalDate> farExpiry,
            int daysToExpiry,
            double atmVolatility,
            ProbabilityModel model,
            ReferenceFigures reference) {
        this(
                symbol,
                asOf,
                definition,
                spot,
                legs,
                underlyingUnits,
                lotSize,
                strategy,
                figures,
                greeks,
                netPremium,
                nearExpiry,
                farExpiry,
                daysToExpiry,
                atmVolatility,
                model,
                VolatilitySmile.flat(Checks.notNull(model, "model").annualVol()),
                reference,
                Optional.empty());
    }

    /** Returns a copy carrying {@code value} as its economics. */
    public Candidate withEconomics(CandidateEconomics value) {
        return new Candidate(
                symbol,
                asOf,
                definition,
                spot,
                legs,
                underlyingUnits,
                lotSize,
                strategy,
                figures,
                greeks,
                netPremium,
                nearExpiry,
                farExpiry,
                daysToExpiry,
                atmVolatility,
                model,
                smile,
                reference,
                Optional.of(Checks.notNull(value, "value")));
    }

    /**
     * Returns the figures net of the round-trip costs when the economics are known, else the executable figures: the
     * figures the filter and the ranking judge a strategy by.
     */
    public StrategyFigures netFigures() {
        return economics.map(CandidateEconomics::net).orElse(figures);
    }

    /**
     * Returns the distribution of the underlying at the near expiry the figures' PoP and EV are computed under: the
     * {@link SmileDistribution risk-neutral distribution of the near expiry's smile} at the model's forward.
     */
    public SmileDistribution distribution() {
        return new SmileDistribution(model, smile);
    }

    /**
     * Returns the volatility {@code leg} (one of the strategy's option legs) is valued at: its own contract's implied
     * volatility. A leg whose contract has none: at the near expiry the smile's volatility at its strike; later, the
     * mean of the far legs' IVs, else the ATM volatility.
     */
    public double legVolatility(OptionLeg leg) {
        return legVolatility(new LegVolatilities(legs, nearExpiry, farExpiry, atmVolatility, smile), leg);
    }

    /** What {@link #legVolatility} needs of a candidate. */
    record LegVolatilities(
            List<CandidateLeg> legs,
            LocalDate nearExpiry,
            Optional<LocalDate> farExpiry,
            double atmVolatility,
            VolatilitySmile smile) {}

    /** {@link #legVolatility(OptionLeg)} of the candidate described by {@code c}. */
    static double legVolatility(LegVolatilities c, OptionLeg leg) {
        Checks.notNull(leg, "leg");
        LocalDate expiry = leg.expiresFirst() ? c.nearExpiry() : c.farExpiry().orElse(c.nearExpiry());
        double sum = 0;
        int count = 0;
        for (CandidateLeg l : c.legs()) {
            if (l.expiry().equals(expiry) && l.impliedVolatility() > 0) {
                if (l.right() == leg.right() && l.strike() == leg.strike()) {
                    return l.impliedVolatility();
                }
                sum += l.impliedVolatility();
                count++;
            }
        }
        if (leg.expiresFirst()) {
            return c.smile().vol(leg.strike());
        }
        return count > 0 ? sum / count : c.atmVolatility();
    }

    /** Returns the strategy's display name. */
    public String name() {
        return definition.name();
    }

    /** Returns true when the position is opened for a net credit. */
    public boolean isCredit() {
        return netPremium > 0;
    }
}
