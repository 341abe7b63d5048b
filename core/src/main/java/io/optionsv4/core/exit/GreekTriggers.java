package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.GreekKind;
import io.optionsv4.core.exit.ExitPlan.GreekTrigger;
import io.optionsv4.core.exit.ExitSettings.GreekBands;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.GreekExposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a rule's {@link GreekBands} into the position's {@link GreekTrigger}s.
 *
 * <p>Delta: the band is the configured fraction of the lot size per strategy lot (the smallest leg's lot count); when
 * the entry delta already reaches it (a directional or stock-holding position), the band widens to the entry delta
 * plus one configured band, so the trigger marks a real change. Gamma and vega: the configured multiple of the absolute
 * entry value; a Greek that is exactly zero at entry has nothing to be relative to and gets no trigger.
 */
final class GreekTriggers {

    private GreekTriggers() {}

    static List<GreekTrigger> of(Candidate candidate, GreekBands bands) {
        GreekExposure greeks = candidate.greeks();
        List<GreekTrigger> triggers = new ArrayList<>();
        triggers.add(delta(candidate, bands));
        double gamma = greeks.netGamma();
        if (gamma != 0) {
            double limit = bands.gamma().limit() * Math.abs(gamma);
            triggers.add(new GreekTrigger(
                    GreekKind.GAMMA,
                    gamma,
                    limit,
                    bands.gamma().exitFraction(),
                    String.format(
                            Locale.ROOT,
                            "|net gamma| above %.4g (%.2fx entry %.4g): price risk is accelerating, usually near"
                                    + " expiry; %s",
                            limit,
                            bands.gamma().limit(),
                            gamma,
                            closing(bands.gamma().exitFraction()))));
        }
        double vega = greeks.netVega();
        if (vega != 0) {
            double limit = bands.vega().limit() * Math.abs(vega);
            String exposure = vega < 0
                    ? "a volatility spike now costs more than planned"
                    : "the position carries more volatility than planned";
            triggers.add(new GreekTrigger(
                    GreekKind.VEGA,
                    vega,
                    limit,
                    bands.vega().exitFraction(),
                    String.format(
                            Locale.ROOT,
                            "|net vega| above %.4g (%.2fx entry %.4g): %s; %s",
                            limit,
                            bands.vega().limit(),
                            vega,
                            exposure,
                            closing(bands.vega().exitFraction()))));
        }
        return triggers;
    }

    private static GreekTrigger delta(Candidate candidate, GreekBands bands) {
        double delta = candidate.greeks().netDelta();
        int strategyLots =
                candidate.legs().stream().mapToInt(CandidateLeg::lots).min().orElseThrow();
        double band = bands.delta().limit() * strategyLots * candidate.lotSize();
        boolean widened = Math.abs(delta) >= band;
        double limit = widened ? Math.abs(delta) + band : band;
        return new GreekTrigger(
                GreekKind.DELTA,
                delta,
                limit,
                bands.delta().exitFraction(),
                String.format(
                        Locale.ROOT,
                        "|net delta| above %.4g units (%s; entry %.4g): the position leans further than planned; %s;"
                                + " %s",
                        limit,
                        widened
                                ? "entry delta plus "
                                        + ExitPlanner.percent(bands.delta().limit()) + " of the lot size" + " per lot"
                                : ExitPlanner.percent(bands.delta().limit()) + " of the lot size per lot",
                        delta,
                        hasShortOption(candidate)
                                ? "re-centre it (roll the untested side toward the market) or hedge with the underlying"
                                : "take part of the gain or hedge with the underlying",
                        closing(bands.delta().exitFraction())));
    }

    private static boolean hasShortOption(Candidate candidate) {
        return candidate.legs().stream().anyMatch(l -> l.side() == Side.SELL);
    }

    private static String closing(double exitFraction) {
        return exitFraction == 0
                ? "adjust, close nothing"
                : "close " + ExitPlanner.percent(exitFraction) + " of the position";
    }
}
