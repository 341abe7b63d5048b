package io.optionsv4.core.costs;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The round-trip costs of a strategy at the two exits its net figures assume (shared by {@code payoff} and {@code
 * analyze}).
 *
 * <p>The exit rule: every option leg is closed on the (first) expiry day at its value there (intrinsic; later legs by
 * Black–Scholes–Merton at {@code laterAnnualVol}) or, when every leg expires then and it is cheaper, held to expiry
 * (exercise STT on in-the-money long legs). The exit is costed at the spot where the position makes its most ({@code
 * atTarget}) and where it makes its least ({@code atLoss}), among the strikes, the spot and the ±2σ prices; of equal
 * P&amp;L the spot nearest today's. Stock legs pay no option charges (delivery charges are not modelled).
 *
 * @param atTarget the round trip where the position makes its most: the profit target held to expiry
 * @param atLoss the round trip where the position makes its least
 */
public record StrategyCosts(ExitCosts atTarget, ExitCosts atLoss) {

    /** Validates the components. */
    public StrategyCosts {
        Checks.notNull(atTarget, "atTarget");
        Checks.notNull(atLoss, "atLoss");
    }

    /**
     * Returns the costs of {@code legs} (premiums at executable prices) entered on {@code tradeDate}.
     *
     * @param costs the cost stack
     * @param legs the position's legs; only option legs pay charges
     * @param model the lognormal model at the (first) expiry
     * @param laterAnnualVol the volatility later legs are valued with at the first expiry
     * @param tradeDate the entry date, which picks the rates
     * @param expiry the (first) expiry
     * @throws IllegalArgumentException when the rate table does not cover a date
     */
    public static StrategyCosts of(
            CostCalculator costs,
            List<? extends Leg> legs,
            ProbabilityModel model,
            double laterAnnualVol,
            LocalDate tradeDate,
            LocalDate expiry) {
        Checks.notNull(costs, "costs");
        Checks.notNull(model, "model");
        List<OptionLeg> options = legs.stream()
                .filter(OptionLeg.class::isInstance)
                .map(OptionLeg.class::cast)
                .toList();
        TreeSet<Double> spots = samples(legs, model);
        double target = extreme(legs, model, laterAnnualVol, spots, 1);
        double loss = extreme(legs, model, laterAnnualVol, spots, -1);
        return new StrategyCosts(
                exit(costs, options, model, laterAnnualVol, tradeDate, expiry, target),
                exit(costs, options, model, laterAnnualVol, tradeDate, expiry, loss));
    }

    /** Returns the round trip at the target in rupees: what the net max profit and net expected value subtract. */
    public double targetRupees() {
        return atTarget.cheaper().total().rupees();
    }

    /** Returns the round trip at the loss spot in rupees: what the net max loss adds. */
    public double lossRupees() {
        return atLoss.cheaper().total().rupees();
    }

    private static ExitCosts exit(
            CostCalculator costs,
            List<OptionLeg> legs,
            ProbabilityModel model,
            double laterVol,
            LocalDate tradeDate,
            LocalDate expiry,
            double spot) {
        double[] exitPremiums = new double[legs.size()];
        boolean allExpireFirst = true;
        for (int i = 0; i < legs.size(); i++) {
            OptionLeg leg = legs.get(i);
            allExpireFirst &= leg.expiresFirst();
            exitPremiums[i] = leg.expiresFirst()
                    ? leg.right().intrinsic(spot, leg.strike())
                    : BlackScholesMerton.price(
                            leg.right(),
                            spot,
                            leg.strike(),
                            leg.yearsAfterFirstExpiry(),
                            laterVol,
                            model.rate(),
                            model.dividendYield());
        }
        RoundTripCosts closed = costs.closedAt(legs, tradeDate, expiry, exitPremiums);
        return new ExitCosts(
                spot,
                closed,
                allExpireFirst
                        ? java.util.Optional.of(costs.settledAt(legs, tradeDate, expiry, spot))
                        : java.util.Optional.empty());
    }

    private static TreeSet<Double> samples(List<? extends Leg> legs, ProbabilityModel m) {
        double sd = m.annualVol() * Math.sqrt(m.yearsToExpiry());
        TreeSet<Double> spots =
                new TreeSet<>(List.of(m.spot(), m.spot() * Math.exp(-2 * sd), m.spot() * Math.exp(2 * sd)));
        legs.stream().filter(OptionLeg.class::isInstance).forEach(l -> spots.add(((OptionLeg) l).strike()));
        return spots;
    }

    /** The sample spot of the highest ({@code sign} 1) or lowest (-1) P&amp;L; of equal ones, the nearest the spot. */
    private static double extreme(
            List<? extends Leg> legs, ProbabilityModel model, double laterVol, TreeSet<Double> spots, int sign) {
        double spot = model.spot();
        double best = Double.NaN;
        double bestPnl = Double.NEGATIVE_INFINITY;
        for (double s : spots) {
            double value = sign * TwoExpiryAnalyzer.valueAtFirstExpiry(legs, s, model, laterVol);
            boolean tie = Math.abs(value - bestPnl) < 0.005;
            if ((!tie && value > bestPnl) || (tie && Math.abs(s - spot) < Math.abs(best - spot))) {
                best = s;
                bestPnl = Math.max(value, bestPnl);
            }
        }
        return best;
    }
}
