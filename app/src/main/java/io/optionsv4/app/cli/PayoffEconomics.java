package io.optionsv4.app.cli;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The trade economics of a {@code payoff} position at executable prices: the cost stack ({@link CostCalculator#nseDhan
 * Dhan's brokerage over the bundled NSE rate table}) and the margin ({@link MarginCalculator#NSE}), and the figures
 * net of costs.
 *
 * <p>Costs are the entry contract note on the trade date and, for the exit, the cheaper of closing every option leg by
 * orders on the (first) expiry day at its value there (intrinsic; later legs by Black–Scholes–Merton) and holding to
 * expiry (exercise STT on in-the-money long legs; not offered when a leg expires later). The exit is costed at the
 * spot where the position makes its most ({@code target}) and at the spot where it makes its least ({@code loss}),
 * among the strikes, the spot and the ±2σ prices. Net max profit = executable max profit − round trip at the target;
 * net max loss = executable max loss + round trip at the loss spot; net expected value = executable expected value −
 * round trip at the target. Stock legs pay no option charges (delivery charges are not modelled).
 *
 * @param tradeDate the trade date of the entry, which picks the rates
 * @param expiry the (first) expiry: trade date + days
 * @param atTarget the exit costs where the position makes its most
 * @param atLoss the exit costs where the position makes its least
 * @param net the figures net of costs
 * @param margin the margin of the legs at executable prices
 */
record PayoffEconomics(
        LocalDate tradeDate, LocalDate expiry, Exit atTarget, Exit atLoss, NetFigures net, MarginRequirement margin) {

    /**
     * The exit costed at one settlement spot.
     *
     * @param spot the underlying at the (first) expiry
     * @param closed every option leg closed by orders on the expiry day
     * @param settled held to expiry, or empty when a leg expires later
     */
    record Exit(double spot, RoundTripCosts closed, Optional<RoundTripCosts> settled) {

        /** Returns the cheaper of closing and settling. */
        RoundTripCosts cheaper() {
            return settled.filter(s -> s.total().compareTo(closed.total()) < 0).orElse(closed);
        }
    }

    /**
     * Figures at executable prices after the cost stack, rupees for the whole position.
     *
     * @param maxProfit executable max profit less the round trip at the target
     * @param maxLoss executable max loss plus the round trip at the loss spot (positive)
     * @param expectedValue executable expected value less the round trip at the target
     */
    record NetFigures(Amount maxProfit, Amount maxLoss, double expectedValue) {}

    /** Returns the economics of {@code legs} (at executable prices) with {@code figures} computed at those prices. */
    static PayoffEconomics of(
            PayoffCommand.Position position, List<Leg> legs, StrategyFigures figures, LocalDate tradeDate) {
        ProbabilityModel model = position.model();
        LocalDate expiry = tradeDate.plusDays(Math.round(model.yearsToExpiry() * PayoffRequest.DAYS_PER_YEAR));
        List<OptionLeg> options = legs.stream()
                .filter(OptionLeg.class::isInstance)
                .map(OptionLeg.class::cast)
                .toList();
        TreeSet<Double> spots = samples(position, legs);
        double target = extreme(position, legs, spots, 1);
        double loss = extreme(position, legs, spots, -1);
        Exit atTarget = exit(position, options, tradeDate, expiry, target);
        Exit atLoss = exit(position, options, tradeDate, expiry, loss);
        double targetCost = atTarget.cheaper().total().rupees();
        NetFigures net = new NetFigures(
                minus(figures.maxProfit(), targetCost),
                minus(figures.maxLoss(), -atLoss.cheaper().total().rupees()),
                figures.expectedValue() - targetCost);
        MarginMarket market = new MarginMarket(
                position.market().kind(), model.spot(), model.annualVol(), model.rate(), model.dividendYield(), expiry);
        MarginRequirement margin =
                MarginCalculator.NSE.margin(MarginBasket.of(legs, model.annualVol()), market, tradeDate);
        return new PayoffEconomics(tradeDate, expiry, atTarget, atLoss, net, margin);
    }

    /** Returns {@code amount / capital required}, or empty when the amount is unlimited or no capital is required. */
    Optional<Double> returnOnCapital(Amount amount) {
        double capital = margin.capitalRequired().rupees();
        return switch (amount) {
            case Amount.Finite f -> capital > 0 ? Optional.of(f.rupees() / capital) : Optional.empty();
            case Amount.Unlimited u -> Optional.empty();
        };
    }

    private static Exit exit(
            PayoffCommand.Position position, List<OptionLeg> legs, LocalDate tradeDate, LocalDate expiry, double spot) {
        CostCalculator costs = CostCalculator.nseDhan();
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
                            position.laterVolatility(),
                            position.model().rate(),
                            position.model().dividendYield());
        }
        RoundTripCosts closed = costs.closedAt(legs, tradeDate, expiry, exitPremiums);
        Optional<RoundTripCosts> settled =
                allExpireFirst ? Optional.of(costs.settledAt(legs, tradeDate, expiry, spot)) : Optional.empty();
        return new Exit(spot, closed, settled);
    }

    private static TreeSet<Double> samples(PayoffCommand.Position position, List<Leg> legs) {
        ProbabilityModel m = position.model();
        double sd = m.annualVol() * Math.sqrt(m.yearsToExpiry());
        TreeSet<Double> spots =
                new TreeSet<>(List.of(m.spot(), m.spot() * Math.exp(-2 * sd), m.spot() * Math.exp(2 * sd)));
        legs.stream().filter(OptionLeg.class::isInstance).forEach(l -> spots.add(((OptionLeg) l).strike()));
        return spots;
    }

    /** The sample spot of the highest ({@code sign} 1) or lowest (-1) P&amp;L; of equal ones, the nearest the spot. */
    private static double extreme(PayoffCommand.Position position, List<Leg> legs, TreeSet<Double> spots, int sign) {
        double spot = position.model().spot();
        double best = Double.NaN;
        double bestPnl = Double.NEGATIVE_INFINITY;
        for (double s : spots) {
            double value = sign * pnl(position, legs, s);
            boolean tie = Math.abs(value - bestPnl) < 0.005;
            if ((!tie && value > bestPnl) || (tie && Math.abs(s - spot) < Math.abs(best - spot))) {
                best = s;
                bestPnl = Math.max(value, bestPnl);
            }
        }
        return best;
    }

    private static double pnl(PayoffCommand.Position position, List<Leg> legs, double spot) {
        return TwoExpiryAnalyzer.valueAtFirstExpiry(legs, spot, position.model(), position.laterVolatility());
    }

    private static Amount minus(Amount amount, double rupees) {
        return switch (amount) {
            case Amount.Finite f -> new Amount.Finite(f.rupees() - rupees);
            case Amount.Unlimited u -> u;
        };
    }
}
