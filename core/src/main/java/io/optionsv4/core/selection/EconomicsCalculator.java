package io.optionsv4.core.selection;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.StrategyCosts;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices a candidate's trade economics (issue 12): the cost stack of its round trip, its figures net of costs and the
 * local margin of its basket (see {@link CandidateEconomics} for the exit the costs assume). Pure and thread-safe.
 */
public final class EconomicsCalculator {

    /** Dhan's brokerage over the bundled NSE rate table and the local NSE-like margin. */
    public static final EconomicsCalculator DEFAULT =
            new EconomicsCalculator(CostCalculator.nseDhan(), MarginCalculator.NSE);

    private final CostCalculator costs;
    private final MarginCalculator margins;

    /** Creates the calculator from the cost stack and the margin model. */
    public EconomicsCalculator(CostCalculator costs, MarginCalculator margins) {
        this.costs = Checks.notNull(costs, "costs");
        this.margins = Checks.notNull(margins, "margins");
    }

    /** Returns the cost stack. */
    public CostCalculator costs() {
        return costs;
    }

    /**
     * Returns why the economics of {@code candidate} cannot be priced: the rate table does not cover its trade date or
     * its (first) expiry ({@link RejectionReason#NO_COST_RATES}, the detail names the date); empty when they can.
     */
    public Optional<Rejection> check(Candidate candidate) {
        Checks.notNull(candidate, "candidate");
        for (var date : List.of(candidate.asOf(), candidate.nearExpiry())) {
            if (!costs.schedule().covers(date)) {
                return Optional.of(new Rejection(
                        candidate.name(),
                        RejectionReason.NO_COST_RATES,
                        "the cost rate table has no rates for " + date));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the economics of {@code candidate}.
     *
     * @throws IllegalArgumentException when {@link #check} rejects it
     */
    public CandidateEconomics of(Candidate candidate) {
        return of(candidate, Optional.empty());
    }

    /**
     * Returns the economics of {@code candidate}, its net breakevens and PoP read from {@code payoff}, the samples its
     * figures came from (over two expiries, {@link ConstructionResult.Built#payoff()}), rather than from a second
     * pass over the P&amp;L.
     *
     * @throws IllegalArgumentException when {@link #check} rejects it
     */
    public CandidateEconomics of(Candidate candidate, Optional<TwoExpiryAnalyzer.Sampled> payoff) {
        Checks.notNull(payoff, "payoff");
        check(candidate).ifPresent(r -> {
            throw new IllegalArgumentException(r.detail());
        });
        List<Leg> legs = candidate.strategy().legs();
        double laterVol = laterVolatility(candidate);
        StrategyCosts round =
                StrategyCosts.of(costs, legs, candidate.model(), laterVol, candidate.asOf(), candidate.nearExpiry());
        StrategyFigures net = net(candidate, legs, round, payoff);
        MarginMarket market = new MarginMarket(
                LegPricer.isIndex(candidate.symbol()) ? UnderlyingKind.INDEX : UnderlyingKind.STOCK,
                candidate.spot(),
                candidate.atmVolatility(),
                candidate.model().rate(),
                candidate.model().dividendYield(),
                candidate.nearExpiry());
        MarginRequirement margin =
                margins.margin(MarginBasket.of(legs, candidate.atmVolatility()), market, candidate.asOf());
        return new CandidateEconomics(round, net, margin, margin.capitalRequired(), CandidateEconomics.LOCAL);
    }

    /**
     * Returns the volatility later legs are valued with at the near expiry: the mean implied volatility of the far
     * legs, else the near ATM volatility.
     */
    static double laterVolatility(Candidate candidate) {
        return candidate
                .farExpiry()
                .flatMap(far -> candidate.legs().stream()
                        .filter(l -> l.expiry().equals(far) && l.impliedVolatility() > 0)
                        .mapToDouble(CandidateLeg::impliedVolatility)
                        .average()
                        .stream()
                        .boxed()
                        .findFirst())
                .orElse(candidate.atmVolatility());
    }

    private static StrategyFigures net(
            Candidate candidate, List<Leg> legs, StrategyCosts round, Optional<TwoExpiryAnalyzer.Sampled> payoff) {
        StrategyFigures gross = candidate.figures();
        double target = round.targetRupees();
        Optional<List<Leg>> shifted = shifted(legs, target);
        List<Double> breakevens = List.of();
        double pop = 0;
        if (shifted.isPresent()) {
            // the shifted legs' P&L is the candidate's less the target in every outcome
            List<Leg> net = shifted.get();
            StrategyFigures f = payoff.map(p -> p.less(target))
                    .orElseGet(() -> PayoffAnalyzer.figures(net, candidate.distribution(), candidate::legVolatility));
            breakevens = f.breakevens();
            pop = Math.min(f.probabilityOfProfit(), gross.probabilityOfProfit());
        }
        return new StrategyFigures(
                minus(gross.maxProfit(), target),
                minus(gross.maxLoss(), -Math.max(round.lossRupees(), target)),
                breakevens,
                pop,
                gross.expectedValue() - target);
    }

    /**
     * Returns the legs with {@code rupees} taken off the P&amp;L in every outcome: a bought leg's premium raised (or,
     * without one, the sold legs' premiums lowered in proportion); empty when the sold premium cannot carry the costs
     * (then no outcome is a net profit).
     */
    private static Optional<List<Leg>> shifted(List<Leg> legs, double rupees) {
        List<Leg> out = new ArrayList<>(legs);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof OptionLeg o && o.quantity() > 0) {
                out.set(i, withPremium(o, o.premiumPerUnit() + rupees / o.quantity()));
                return Optional.of(out);
            }
        }
        double credit = 0;
        for (Leg leg : legs) {
            if (leg instanceof OptionLeg o) {
                credit -= o.quantity() * o.premiumPerUnit();
            }
        }
        if (!(credit > rupees)) {
            return Optional.empty();
        }
        double keep = (credit - rupees) / credit;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof OptionLeg o) {
                out.set(i, withPremium(o, o.premiumPerUnit() * keep));
            }
        }
        return Optional.of(out);
    }

    private static OptionLeg withPremium(OptionLeg leg, double premium) {
        return new OptionLeg(leg.right(), leg.strike(), leg.quantity(), premium, leg.yearsAfterFirstExpiry());
    }

    private static Amount minus(Amount amount, double rupees) {
        return switch (amount) {
            case Amount.Finite f -> new Amount.Finite(f.rupees() - rupees);
            case Amount.Unlimited u -> u;
        };
    }
}
