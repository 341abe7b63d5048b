package io.optionsv4.app.cli;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExitCosts;
import io.optionsv4.core.costs.StrategyCosts;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The trade economics of a {@code payoff} position at executable prices: the cost stack ({@link CostCalculator#nseDhan
 * Dhan's brokerage over the bundled NSE rate table}) and the margin ({@link MarginCalculator#NSE}), and the figures
 * net of costs.
 *
 * <p>Costs ({@link StrategyCosts}, shared with {@code analyze}) are the entry contract note on the trade date and,
 * for the exit, the cheaper of closing every option leg by orders on the (first) expiry day at its value there
 * (intrinsic; later legs by Black–Scholes–Merton) and holding to expiry (exercise STT on in-the-money long legs;
 * not offered when a leg expires later). The exit is costed at the spot where the position makes its most
 * ({@code target}) and at the spot where it makes its least ({@code loss}), among the strikes, the spot and the ±2σ
 * prices. Net max profit = executable max profit − round trip at the target; net max loss = executable max loss +
 * round trip at the loss spot; net expected value = executable expected value − round trip at the target. Stock legs
 * pay no option charges (delivery charges are not modelled).
 *
 * @param tradeDate the trade date of the entry, which picks the rates
 * @param expiry the (first) expiry: trade date + days
 * @param atTarget the exit costs where the position makes its most
 * @param atLoss the exit costs where the position makes its least
 * @param net the figures net of costs
 * @param margin the margin of the legs at executable prices
 */
record PayoffEconomics(
        LocalDate tradeDate,
        LocalDate expiry,
        ExitCosts atTarget,
        ExitCosts atLoss,
        NetFigures net,
        MarginRequirement margin) {

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
        StrategyCosts costs =
                StrategyCosts.of(CostCalculator.nseDhan(), legs, model, position.laterVolatility(), tradeDate, expiry);
        double targetCost = costs.targetRupees();
        NetFigures net = new NetFigures(
                minus(figures.maxProfit(), targetCost),
                minus(figures.maxLoss(), -costs.lossRupees()),
                figures.expectedValue() - targetCost);
        MarginMarket market = new MarginMarket(
                position.market().kind(), model.spot(), model.annualVol(), model.rate(), model.dividendYield(), expiry);
        MarginRequirement margin =
                MarginCalculator.NSE.margin(MarginBasket.of(legs, model.annualVol()), market, tradeDate);
        return new PayoffEconomics(tradeDate, expiry, costs.atTarget(), costs.atLoss(), net, margin);
    }

    /** Returns {@code amount / capital required}, or empty when the amount is unlimited or no capital is required. */
    Optional<Double> returnOnCapital(Amount amount) {
        double capital = margin.capitalRequired().rupees();
        return switch (amount) {
            case Amount.Finite f -> capital > 0 ? Optional.of(f.rupees() / capital) : Optional.empty();
            case Amount.Unlimited u -> Optional.empty();
        };
    }

    private static Amount minus(Amount amount, double rupees) {
        return switch (amount) {
            case Amount.Finite f -> new Amount.Finite(f.rupees() - rupees);
            case Amount.Unlimited u -> u;
        };
    }
}
