package io.optionsv4.core.selection;

import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.NearExpiryStress;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.Strategy;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Computes the figures of one strategy built on priced contracts ({@link StrategyConstructor}'s last step): the
 * position resolved at the legs' executable prices and at their reference prices (mid, else close), and the max
 * profit/loss, breakevens, PoP and EV of each at the near expiry, in rupees for the whole position.
 *
 * <p>PoP is taken under the near expiry's {@link SmileDistribution} and EV with every leg at its own contract's implied
 * volatility ({@link Candidate#legVolatility}), both in the near expiry's lognormal {@link #model model}. A position
 * with legs of one expiry is analysed exactly by {@link PayoffAnalyzer}, once at each set of prices. A calendar or
 * diagonal is sampled once by {@link TwoExpiryAnalyzer}; its reference figures are the executable P&amp;L less the
 * constant by which the two positions' values at the near expiry differ, and a finite max loss is replaced by the
 * worst P&amp;L within the {@link NearExpiryStress} range (±2σ, later IV ±5 points) rather than the limit far from the
 * strikes. One instance serves one strategy on one near and one far expiry; immutable and thread-safe.
 */
final class FiguresCalculator {

    private final StrategyDefinition definition;
    private final ExpiryMarket near;
    private final ExpiryMarket far;
    private final int strategyLots;

    /**
     * Creates the calculator for one strategy.
     *
     * @param far the far expiry of calendars and diagonals; the near expiry again for single-expiry strategies
     * @param strategyLots lots per strategy unit ({@link ConstructionSettings#strategyLots()})
     */
    FiguresCalculator(StrategyDefinition definition, ExpiryMarket near, ExpiryMarket far, int strategyLots) {
        this.definition = Checks.notNull(definition, "definition");
        this.near = Checks.notNull(near, "near");
        this.far = Checks.notNull(far, "far");
        this.strategyLots = strategyLots;
    }

    /** Returns the far expiry of a calendar or diagonal; empty for a strategy on one expiry. */
    Optional<LocalDate> farExpiry() {
        return definition.spansTwoExpiries() ? Optional.of(far.chain().expiry()) : Optional.empty();
    }

    /**
     * Returns the position and its figures.
     *
     * @param spot the underlying's price: the model's spot and the entry price of a held underlying
     * @param strikes the chosen strikes {@code K1 < K2 < ...}
     * @param legs the priced option legs in the template's order
     */
    Figures figures(double spot, List<Double> strikes, List<CandidateLeg> legs) {
        ProbabilityModel model = model(spot, near);
        SmileDistribution distribution = new SmileDistribution(model, near.smile());
        Candidate.LegVolatilities vols = new Candidate.LegVolatilities(
                legs, near.chain().expiry(), farExpiry(), near.move().atmIv(), near.smile());
        ToDoubleFunction<OptionLeg> legVol = leg -> Candidate.legVolatility(vols, leg);
        List<Double> premiums = legs.stream().map(CandidateLeg::premiumPerUnit).toList();
        List<Double> references =
                legs.stream().map(CandidateLeg::referencePerUnit).toList();
        Strategy strategy = definition.resolve(inputs(spot, strikes, premiums));
        Strategy referenceStrategy = definition.resolve(inputs(spot, strikes, references));
        StrategyFigures figures;
        StrategyFigures referenceFigures;
        // the reference legs differ from the executable ones only in their premiums: the same P&L less a constant
        double shift = TwoExpiryAnalyzer.valueAtFirstExpiry(strategy.legs(), model.forward(), model, legVol)
                - TwoExpiryAnalyzer.valueAtFirstExpiry(referenceStrategy.legs(), model.forward(), model, legVol);
        Optional<TwoExpiryAnalyzer.Sampled> sampled = Optional.empty();
        if (PayoffAnalyzer.spansTwoExpiries(strategy.legs())) {
            TwoExpiryAnalyzer.Sampled payoff = TwoExpiryAnalyzer.sample(strategy.legs(), distribution, legVol);
            figures = payoff.figures();
            referenceFigures = payoff.less(shift);
            sampled = Optional.of(payoff);
        } else {
            figures = PayoffAnalyzer.figures(strategy.legs(), distribution, legVol);
            referenceFigures = PayoffAnalyzer.figures(referenceStrategy.legs(), distribution, legVol);
        }
        if (definition.spansTwoExpiries()) {
            double stressed =
                    NearExpiryStress.maxLoss(strategy.legs(), model, far.move().atmIv());
            figures = stressed(figures, stressed);
            referenceFigures = stressed(referenceFigures, stressed + shift);
        }
        return new Figures(strategy, model, figures, referenceFigures, sampled);
    }

    private StrategyInputs inputs(double spot, List<Double> strikes, List<Double> premiums) {
        double yearsBetween = far.chain().yearsToExpiry() - near.chain().yearsToExpiry();
        return new StrategyInputs(
                strikes,
                premiums,
                strategyLots,
                near.lotSize(),
                definition.holdsUnderlying() ? spot : 0.0,
                definition.spansTwoExpiries() ? yearsBetween : 0.0);
    }

    /**
     * Returns the figures over two expiries with a finite max loss replaced by the worst P&amp;L within the {@link
     * NearExpiryStress} range (±2σ, later IV ±5 points) rather than the limit far from the strikes.
     */
    private static StrategyFigures stressed(StrategyFigures f, double stressedLoss) {
        if (f.maxLoss().isUnlimited()) {
            return f;
        }
        return new StrategyFigures(
                f.maxProfit(), Amount.of(stressedLoss), f.breakevens(), f.probabilityOfProfit(), f.expectedValue());
    }

    /**
     * Returns the lognormal model at the near expiry: the chain's rate and year fraction, the expiry's ATM volatility,
     * and {@code q = r - ln(F / S) / T} so that {@code S e^{(r - q) T}} is the chain's forward {@code F} (q = 0 without
     * a forward or at expiry).
     */
    static ProbabilityModel model(double spot, ExpiryMarket near) {
        OptionChain chain = near.chain();
        double years = chain.yearsToExpiry();
        double rate = chain.rate();
        double dividendYield = chain.forward().isPresent() && years > 0
                ? rate - Math.log(chain.forward().get().price() / spot) / years
                : 0.0;
        return ProbabilityModel.of(spot, near.move().atmIv(), rate, dividendYield, years);
    }

    /**
     * A position and its figures at the near expiry.
     *
     * @param strategy the position resolved at the legs' executable prices (quantities in units)
     * @param model the near expiry's lognormal model the figures were computed in
     * @param figures max profit/loss, breakevens, PoP and EV at executable prices
     * @param reference the same figures at the legs' reference prices
     * @param payoff over two expiries, the samples of the P&amp;L at the near expiry the figures were read from; empty
     *     for single-expiry positions, whose figures are exact
     */
    record Figures(
            Strategy strategy,
            ProbabilityModel model,
            StrategyFigures figures,
            StrategyFigures reference,
            Optional<TwoExpiryAnalyzer.Sampled> payoff) {}
}
