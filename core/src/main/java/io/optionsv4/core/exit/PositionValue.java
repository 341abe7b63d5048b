package io.optionsv4.core.exit;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import java.util.Arrays;
import java.util.List;

/**
 * The model P&amp;L of a candidate's whole position before its expiry: every option leg valued by Black-Scholes-Merton
 * at its own strike's implied volatility (the market's smile, sticky by strike; the near expiry's ATM volatility for a
 * leg without one) scaled by a forecast ratio (1 = the market's own volatilities), with the rate and dividend yield of
 * the candidate's model; a held underlying moves one for one. At entry and at the entry spot the P&amp;L is the
 * difference between the model values and the premiums paid (zero at mid prices priced on the smile). Rupees, whole
 * position. Immutable and thread-safe.
 */
final class PositionValue {

    private final Right[] rights;
    private final double[] strikes;
    private final double[] units;
    private final double[] vols;
    private final double[] yearsAtEntry;
    private final double entryValue;
    private final double spot;
    private final double underlyingUnits;
    private final double rate;
    private final double dividendYield;

    /** Values {@code candidate} with every leg's volatility multiplied by {@code volScale}, {@code > 0}. */
    PositionValue(Candidate candidate, double volScale) {
        Checks.positive(volScale, "volScale");
        List<CandidateLeg> legs = candidate.legs();
        ProbabilityModel model = candidate.model();
        int n = legs.size();
        rights = new Right[n];
        strikes = new double[n];
        units = new double[n];
        vols = new double[n];
        yearsAtEntry = new double[n];
        double value = 0;
        for (int i = 0; i < n; i++) {
            CandidateLeg leg = legs.get(i);
            rights[i] = leg.right();
            strikes[i] = leg.strike();
            units[i] = (double) leg.side().sign() * leg.lots() * candidate.lotSize();
            double iv = leg.impliedVolatility() > 0 ? leg.impliedVolatility() : candidate.atmVolatility();
            vols[i] = iv * volScale;
            yearsAtEntry[i] = model.yearsToExpiry()
                    + (leg.expiry().toEpochDay() - candidate.nearExpiry().toEpochDay()) / TimeToExpiry.DAYS_PER_YEAR;
            value += units[i] * leg.premiumPerUnit();
        }
        entryValue = value;
        spot = candidate.spot();
        underlyingUnits = candidate.underlyingUnits();
        rate = model.rate();
        dividendYield = model.dividendYield();
    }

    /** Returns the entry value of the options, rupees: &gt; 0 for a net debit paid, &lt; 0 for a credit. */
    double entryValue() {
        return entryValue;
    }

    /** Returns the spot at entry. */
    double spot() {
        return spot;
    }

    /** Returns the options' model value with the underlying at {@code price}, {@code elapsedYears} after entry. */
    double value(double elapsedYears, double price) {
        double sum = 0;
        for (int i = 0; i < rights.length; i++) {
            double years = Math.max(0.0, yearsAtEntry[i] - elapsedYears);
            sum += units[i]
                    * BlackScholesMerton.price(rights[i], price, strikes[i], years, vols[i], rate, dividendYield);
        }
        return sum;
    }

    /** Returns the position's model P&amp;L with the underlying at {@code price}, {@code elapsedYears} after entry. */
    double pnl(double elapsedYears, double price) {
        return value(elapsedYears, price) - entryValue + underlyingUnits * (price - spot);
    }

    /**
     * Fills {@code out[j]} with {@link #pnl(double, double) pnl(elapsedYears, prices[j])} for every price {@code j}:
     * the same numbers, bit for bit (each leg priced on all the prices at once by {@link
     * BlackScholesMerton#priceGrid}, the legs summed per price in the same order). Allocates one array of
     * {@code prices.length}, reused across the legs.
     *
     * @throws IllegalArgumentException when {@code out} is shorter than {@code prices} or a price is negative
     */
    void pnl(double elapsedYears, double[] prices, double[] out) {
        if (out.length < prices.length) {
            throw new IllegalArgumentException("out must hold " + prices.length + " values but has " + out.length);
        }
        int count = prices.length;
        double[] legPrices = new double[count];
        Arrays.fill(out, 0, count, 0.0);
        for (int i = 0; i < rights.length; i++) {
            double years = Math.max(0.0, yearsAtEntry[i] - elapsedYears);
            BlackScholesMerton.priceGrid(rights[i], prices, strikes[i], years, vols[i], rate, dividendYield, legPrices);
            for (int j = 0; j < count; j++) {
                out[j] += units[i] * legPrices[j];
            }
        }
        for (int j = 0; j < count; j++) {
            out[j] = out[j] - entryValue + underlyingUnits * (prices[j] - spot);
        }
    }
}
