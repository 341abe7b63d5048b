package io.optionsv4.core.margin;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scan risk of {@link MarginCalculator} after its speed-up (issue 12: repricing on {@code Black76.priceGrid}, each
 * forward's logarithm and each volatility's total volatility computed once) equals, bit for bit, the algorithm it
 * replaced: one {@code Black76.price} per leg and scenario. The reference below is that algorithm as it was.
 */
class ScanRiskEquivalenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);

    @Test
    void test_scanRisk_equalsOnePricePerScenario_bitForBit() {
        SplittableRandom random = new SplittableRandom(13);
        int baskets = 0;
        for (int n = 0; n < 2_000; n++) {
            UnderlyingKind kind = random.nextBoolean() ? UnderlyingKind.INDEX : UnderlyingKind.STOCK;
            double spot = 50 + random.nextDouble() * 30_000;
            double vol = random.nextDouble() < 0.05 ? 0 : 0.05 + random.nextDouble() * 0.9;
            LocalDate expiry = AS_OF.plusDays(random.nextInt(0, 120));
            MarginMarket market = new MarginMarket(
                    kind,
                    spot,
                    0.05 + random.nextDouble() * 0.9,
                    random.nextDouble() * 0.1,
                    random.nextDouble() * 0.03,
                    expiry);
            List<BasketLeg> legs = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                int qty = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3)) * 50;
                Leg leg = random.nextDouble() < 0.1
                        ? UnderlyingLeg.of(qty, spot)
                        : new OptionLeg(
                                random.nextBoolean() ? Right.CALL : Right.PUT,
                                spot * (0.5 + random.nextDouble()),
                                qty,
                                random.nextDouble() * spot * 0.05,
                                random.nextDouble() < 0.2 ? random.nextInt(1, 60) / 365.0 : 0.0);
                legs.add(new BasketLeg(leg, random.nextDouble() < 0.1 ? 0 : vol * (0.7 + 0.6 * random.nextDouble())));
            }
            double years = io.optionsv4.core.pricing.TimeToExpiry.years(AS_OF, expiry);

            double fast = MarginCalculator.NSE.scanRisk(legs, market, years);
            double reference = reference(MarginParameters.NSE, legs, market, years);

            assertThat(fast).as("basket %d: %s in %s", n, legs, market).isEqualTo(reference);
            baskets++;
        }
        assertThat(baskets).isEqualTo(2_000);
    }

    /** The scan risk as computed before the speed-up: one {@code Black76.price} per leg and scenario. */
    private static double reference(MarginParameters parameters, List<BasketLeg> legs, MarginMarket m, double t) {
        double spot = m.spot();
        double range = parameters.priceScanFraction(m.kind(), m.underlyingAnnualVol()) * spot;
        double volScan = parameters.volatilityScan(m.kind(), m.underlyingAnnualVol());
        double[] pnl = new double[ScanScenarios.COUNT];
        for (BasketLeg b : legs) {
            int qty = b.leg().quantity();
            if (b.leg() instanceof OptionLeg o) {
                double years = t + o.yearsAfterFirstExpiry();
                double discount = Math.exp(-m.rate() * years);
                double growth = Math.exp((m.rate() - m.dividendYield()) * years);
                Right right = o.right();
                double strike = o.strike();
                double vol = b.impliedVol();
                double now = Black76.price(right, spot * growth, strike, years, vol, discount);
                for (int s = 0; s < ScanScenarios.PRICE_MOVES.length; s++) {
                    double scenarioVol = Math.max(vol + ScanScenarios.VOL_MOVES[s] * volScan, 0);
                    double forward = Math.max(spot + ScanScenarios.PRICE_MOVES[s] * range, 0) * growth;
                    pnl[s] += qty * (Black76.price(right, forward, strike, years, scenarioVol, discount) - now);
                }
                double extreme = parameters.extremeMultiple() * range;
                double up = Black76.price(right, (spot + extreme) * growth, strike, years, vol, discount);
                double down = Black76.price(right, Math.max(spot - extreme, 0) * growth, strike, years, vol, discount);
                pnl[14] += qty * (up - now);
                pnl[15] += qty * (down - now);
            } else {
                for (int s = 0; s < ScanScenarios.PRICE_MOVES.length; s++) {
                    pnl[s] += qty * ScanScenarios.PRICE_MOVES[s] * range;
                }
                double extreme = parameters.extremeMultiple() * range;
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
}
