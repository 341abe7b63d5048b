package io.optionsv4.core.margin;

import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.UnderlyingLeg;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The local NSE-like margin of a basket of legs on one underlying.
 *
 * <ol>
 *   <li>Scan risk: every option leg is repriced with {@link BlackScholesMerton} (evaluated as {@link Black76} on the
 *       forward, the same price with the leg's discount and carry factors computed once) at its implied volatility
 *       and its time to expiry from {@code asOf} ({@link TimeToExpiry}, end of day), in the 16 {@link ScanScenarios};
 *       stock and futures legs move one for one with the price. The loss of a scenario is the basket's value now minus
 *       its value in the scenario; the scan risk is the worst loss (extremes at their weight), at least 0.
 *   <li>SPAN = {@code max(scan risk, short option minimum) − net option value}, at least 0, where the short option
 *       minimum is its rate × spot × units sold of options, and the net option value is Σ units × premium per unit of
 *       the option legs (long positive, short negative) at their market premium.
 *   <li>Exposure margin: the rate of the kind (index: plus the expiry-day addition when {@code asOf} is the first
 *       expiry) × spot × units of short options and short underlying legs.
 *   <li>Premium: a net debit of the option legs is required on top; a net credit is received.
 *   <li>Capital: {@code span + exposure + net debit − net credit}, at least the value of long stock at the spot
 *       (covered call, protective put) and, for a basket of short puts only on a stock (physically settled), at least
 *       Σ strike × units (cash-secured put). A short put on an index is never cash-secured.
 * </ol>
 *
 * <p>Every rupee figure is rounded half up to the paisa once, at the end. Stateless; thread-safe.
 */
public final class MarginCalculator {

    /** The calculator with NSE's parameters. */
    public static final MarginCalculator NSE = new MarginCalculator(MarginParameters.NSE);

    private final MarginParameters parameters;

    /** Returns a calculator with {@code parameters}. */
    public MarginCalculator(MarginParameters parameters) {
        this.parameters = Checks.notNull(parameters, "parameters");
    }

    /** Returns the parameters. */
    public MarginParameters parameters() {
        return parameters;
    }

    /**
     * Returns the margin of {@code basket} in {@code market} at the end of {@code asOf}.
     *
     * @throws IllegalArgumentException when an argument is null or {@code asOf} is after the first expiry
     */
    public MarginRequirement margin(MarginBasket basket, MarginMarket market, LocalDate asOf) {
        Checks.notNull(basket, "basket");
        Checks.notNull(market, "market");
        Checks.notNull(asOf, "asOf");
        if (asOf.isAfter(market.firstExpiry())) {
            throw new IllegalArgumentException("as of " + asOf + " is after the first expiry " + market.firstExpiry());
        }
        double scanRisk = scanRisk(basket.legs(), market, TimeToExpiry.years(asOf, market.firstExpiry()));
        boolean expiryDay = asOf.equals(market.firstExpiry());
        double shortUnits = 0;
        double shortOptionUnits = 0;
        double netOptionValue = 0;
        double longStockValue = 0;
        double shortPutStrikeValue = 0;
        boolean onlyShortPuts = true;
        for (BasketLeg b : basket.legs()) {
            int qty = b.leg().quantity();
            switch (b.leg()) {
                case OptionLeg o -> {
                    netOptionValue += qty * o.premiumPerUnit();
                    shortOptionUnits += Math.max(-qty, 0);
                    onlyShortPuts &= qty < 0 && !o.right().isCall();
                    shortPutStrikeValue += qty < 0 && !o.right().isCall() ? -qty * o.strike() : 0;
                }
                case UnderlyingLeg u -> {
                    longStockValue += Math.max(qty, 0) * market.spot();
                    onlyShortPuts = false;
                }
            }
            shortUnits += Math.max(-qty, 0);
        }
        UnderlyingKind kind = market.kind();
        double somc = parameters.shortOptionMinimum(kind) * market.spot() * shortOptionUnits;
        double span = Math.max(Math.max(scanRisk, somc) - netOptionValue, 0);
        double exposure = parameters.exposure(kind, expiryDay) * market.spot() * shortUnits;
        double debit = Math.max(netOptionValue, 0);
        double credit = Math.max(-netOptionValue, 0);
        double capital = Math.max(span + exposure + debit - credit, 0);
        capital = Math.max(capital, longStockValue + debit);
        if (onlyShortPuts && kind == UnderlyingKind.STOCK) {
            capital = Math.max(capital, shortPutStrikeValue);
        }
        return new MarginRequirement(
                rupees(scanRisk), rupees(span), rupees(exposure), rupees(debit), rupees(credit), rupees(capital));
    }

    /**
     * Returns the worst loss of the basket over the scan scenarios (extremes at their weight), at least 0. Each option
     * leg is repriced on two grids of {@link Black76#priceGrid}: the 7 regular price moves times the 2 scenario
     * volatilities, and (now, extreme up, extreme down) at its own volatility; the same prices as one {@code
     * Black76.price} per scenario, with the logarithm of each forward and the total volatility of each volatility
     * computed once (docs/benchmarks.md).
     */
    double scanRisk(List<BasketLeg> legs, MarginMarket m, double yearsToFirstExpiry) {
        double spot = m.spot();
        double range = parameters.priceScanFraction(m.kind(), m.underlyingAnnualVol()) * spot;
        double volScan = parameters.volatilityScan(m.kind(), m.underlyingAnnualVol());
        double extreme = parameters.extremeMultiple() * range;
        double[] pnl = new double[ScanScenarios.COUNT];
        double[] regularForwards = new double[ScanScenarios.PRICE_MOVES.length / 2];
        double[] scenarioVols = new double[2];
        double[] regular = new double[ScanScenarios.PRICE_MOVES.length];
        double[] baseForwards = new double[3];
        double[] baseVol = new double[1];
        double[] base = new double[3];
        for (BasketLeg b : legs) {
            int qty = b.leg().quantity();
            if (b.leg() instanceof OptionLeg o) {
                // Black-76 on the forward S·e^{(r−q)T} with DF = e^{−rT} is the Black–Scholes–Merton price; both
                // factors depend on the leg's time only, so they are computed once per leg, not per scenario.
                double years = yearsToFirstExpiry + o.yearsAfterFirstExpiry();
                double discount = Math.exp(-m.rate() * years);
                double growth = Math.exp((m.rate() - m.dividendYield()) * years);
                double vol = b.impliedVol();
                // scenario s moves the price by PRICE_MOVES[s] (pairs 2i, 2i+1 share it) and the vol by VOL_MOVES[s]
                for (int i = 0; i < regularForwards.length; i++) {
                    regularForwards[i] = Math.max(spot + ScanScenarios.PRICE_MOVES[2 * i] * range, 0) * growth;
                }
                for (int j = 0; j < 2; j++) {
                    scenarioVols[j] = Math.max(vol + ScanScenarios.VOL_MOVES[j] * volScan, 0);
                }
                baseForwards[0] = spot * growth;
                baseForwards[1] = (spot + extreme) * growth;
                baseForwards[2] = Math.max(spot - extreme, 0) * growth;
                baseVol[0] = vol;
                Black76.priceGrid(o.right(), baseForwards, o.strike(), years, baseVol, discount, base);
                Black76.priceGrid(o.right(), regularForwards, o.strike(), years, scenarioVols, discount, regular);
                double now = base[0];
                for (int s = 0; s < regular.length; s++) {
                    pnl[s] += qty * (regular[s] - now);
                }
                pnl[14] += qty * (base[1] - now);
                pnl[15] += qty * (base[2] - now);
            } else {
                for (int s = 0; s < ScanScenarios.PRICE_MOVES.length; s++) {
                    pnl[s] += qty * ScanScenarios.PRICE_MOVES[s] * range;
                }
                pnl[14] += qty * extreme;
                pnl[15] -= qty * Math.min(extreme, spot);
            }
        }
        double worst = 0;
        for (int s = 0; s < ScanScenarios.COUNT; s++) {
            double weight = s >= 14 ? parameters.extremeWeight() : 1;
            worst = Math.max(worst, -pnl[s] * weight);
        }
        return worst;
    }

    private static Money rupees(double value) {
        return Money.ofRupees(value, RoundingMode.HALF_UP);
    }
}
