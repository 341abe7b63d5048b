package io.optionsv4.marketdata.history;

import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2020;
import static io.optionsv4.marketdata.history.HistoryFixtures.JAN_2026;
import static io.optionsv4.marketdata.history.HistoryFixtures.MARKET;
import static io.optionsv4.marketdata.history.HistoryFixtures.SNAPSHOT_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.marketdata.history.RealSmiles.Smile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chain model against the real NIFTY chains: the ATM term structure anchored on India VIX and the SSVI smile, on
 * the four days they were fitted on (1-3 Jan 2020, 1 Jan 2026) and out of sample on the 23 Aug 2019 snapshot, for
 * every expiry 2 to 100 days out. Tolerances in volatility points (0.01 = 1 point); figures in docs/backtest.md.
 */
class HistoricalNiftyCalibrationTest {

    private static final double POINT = 0.01;
    private static final double FIT_ATM_RMSE = 0.75 * POINT;
    private static final double FIT_ATM_MAX = 1.6 * POINT;
    private static final double FIT_SMILE_RMSE = 0.8 * POINT;
    private static final double CHECK_ATM_RMSE = 1.0 * POINT;
    private static final double CHECK_ATM_MAX = 1.8 * POINT;
    private static final double CHECK_SMILE_RMSE = 1.15 * POINT;
    private static final double MONTHLY_ATM = 0.5 * POINT;
    private static final double FORWARD = 0.005;
    private static final double SMILE_RANGE = 2.5;

    private static List<Smile> fit;
    private static List<Smile> check;

    @BeforeAll
    static void load() {
        List<Smile> all = new ArrayList<>();
        for (LocalDate day : JAN_2020) {
            all.addAll(RealSmiles.bhavcopy(day, MARKET.rate(day)));
        }
        all.addAll(RealSmiles.bhavcopy(JAN_2026, MARKET.rate(JAN_2026)));
        fit = all.stream().filter(HistoricalNiftyCalibrationTest::inRange).toList();
        check = RealSmiles.snapshot(MARKET.rate(SNAPSHOT_DAY)).stream()
                .filter(HistoricalNiftyCalibrationTest::inRange)
                .toList();
        for (Smile s : fit) {
            print(s);
        }
        for (Smile s : check) {
            print(s);
        }
    }

    @Test
    void test_atmTermStructure_fittedDays() {
        assertThat(fit).hasSize(23);
        List<Double> errors = fit.stream().map(s -> modelAtm(s) - s.atmVol()).toList();
        System.out.printf(
                Locale.ROOT, "fit: ATM rmse %.2f max %.2f vol points%n", 100 * rmse(errors), 100 * max(errors));

        assertThat(rmse(errors)).isLessThan(FIT_ATM_RMSE);
        assertThat(max(errors)).isLessThan(FIT_ATM_MAX);
    }

    @Test
    void test_atmTermStructure_outOfSample2019() {
        assertThat(check).hasSize(4);
        List<Double> errors = check.stream().map(s -> modelAtm(s) - s.atmVol()).toList();
        System.out.printf(
                Locale.ROOT, "2019: ATM rmse %.2f max %.2f vol points%n", 100 * rmse(errors), 100 * max(errors));

        assertThat(rmse(errors)).isLessThan(CHECK_ATM_RMSE);
        assertThat(max(errors)).isLessThan(CHECK_ATM_MAX);
    }

    @Test
    void test_nearMonthly_atmWithinHalfAPoint() {
        List<Smile> monthlies = new ArrayList<>(fit);
        monthlies.addAll(check);
        monthlies.removeIf(s -> s.days() < 26 || s.days() > 34 || !isMonthly(s));

        assertThat(monthlies).hasSize(5);
        assertThat(monthlies)
                .allSatisfy(s -> assertThat(Math.abs(modelAtm(s) - s.atmVol()))
                        .as(s.expiry() + " on " + s.day())
                        .isLessThan(MONTHLY_ATM));
    }

    @Test
    void test_smileShape_fittedDaysAndOutOfSample() {
        List<Double> fitted = smileErrors(fit, true);
        List<Double> outOfSample = smileErrors(check, true);
        List<Double> whole = smileErrors(fit, false);
        System.out.printf(
                Locale.ROOT,
                "smile shape rmse %.2f (%d points), 2019 %.2f (%d points); model ATM and smile %.2f vol points%n",
                100 * rmse(fitted),
                fitted.size(),
                100 * rmse(outOfSample),
                outOfSample.size(),
                100 * rmse(whole));

        assertThat(rmse(fitted)).isLessThan(FIT_SMILE_RMSE);
        assertThat(rmse(outOfSample)).isLessThan(CHECK_SMILE_RMSE);
        assertThat(rmse(whole)).isLessThan(FIT_ATM_RMSE + FIT_SMILE_RMSE);
    }

    @Test
    void test_forward_withinHalfAPercentOfTheRealParityForward() {
        List<Double> errors = new ArrayList<>();
        for (Smile s : fit) {
            double model =
                    ModelChainBuilder.forward(MARKET.quote("NIFTY", s.day()).close(), MARKET.rate(s.day()), s.years());
            errors.add(model / s.forward() - 1);
            assertThat(Math.abs(model / s.forward() - 1))
                    .as(s.expiry() + " on " + s.day())
                    .isLessThan(FORWARD);
        }
        System.out.printf(
                Locale.ROOT, "forward: rmse %.3f %% max %.3f %% of the real%n", 100 * rmse(errors), 100 * max(errors));
    }

    /** Residuals of the model's smile: with the real ATM level ({@code shapeOnly}) or the model's own. */
    private static List<Double> smileErrors(List<Smile> smiles, boolean shapeOnly) {
        List<Double> errors = new ArrayList<>();
        for (Smile s : smiles) {
            double theta = s.atmVol() * s.atmVol() * s.years();
            VixSurface model = surface(s.day());
            for (double[] p : s.points()) {
                if (Math.abs(p[0]) / Math.sqrt(theta) > SMILE_RANGE) {
                    continue;
                }
                double vol = shapeOnly
                        ? ssvi(p[0], theta, s.years())
                        : model.impliedVol(s.forward(), s.forward() * Math.exp(p[0]), s.years());
                errors.add(vol - p[1]);
            }
        }
        return errors;
    }

    private static double ssvi(double k, double theta, double years) {
        double rho = ChainModel.SMILE_RHO;
        double phiK = ChainModel.SMILE_ETA / Math.sqrt(theta) * k;
        return Math.sqrt(
                0.5 * theta * (1 + rho * phiK + Math.sqrt((phiK + rho) * (phiK + rho) + 1 - rho * rho)) / years);
    }

    private static boolean isMonthly(Smile s) {
        return MARKET.expiries("NIFTY", s.day()).stream()
                .anyMatch(e -> e.date().equals(s.expiry()) && e.kind() == ExpiryKind.MONTHLY);
    }

    private static double modelAtm(Smile s) {
        return surface(s.day()).atmVol(s.years());
    }

    private static VixSurface surface(LocalDate day) {
        return VixSurface.anchoredOn(MARKET.indiaVix(day));
    }

    private static boolean inRange(Smile s) {
        return s.days() >= 2 && s.days() <= 100;
    }

    private static void print(Smile s) {
        double spot = MARKET.quote("NIFTY", s.day()).close();
        System.out.printf(
                Locale.ROOT,
                "%s %s %3d VIX %5.2f real ATM %6.2f model %6.2f real F/S-1 %6.3f%% model %6.3f%%%n",
                s.day(),
                s.expiry(),
                s.days(),
                MARKET.indiaVix(s.day()),
                100 * s.atmVol(),
                100 * modelAtm(s),
                100 * (s.forward() / spot - 1),
                100 * (ModelChainBuilder.forward(spot, MARKET.rate(s.day()), s.years()) / spot - 1));
    }

    private static double rmse(List<Double> errors) {
        return Math.sqrt(errors.stream().mapToDouble(e -> e * e).average().orElseThrow());
    }

    private static double max(List<Double> errors) {
        return errors.stream().mapToDouble(Math::abs).max().orElseThrow();
    }
}
