package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.selection.CandidateEconomics;
import java.util.Locale;
import java.util.Optional;

/** The costs and capital line of a kept strategy in {@code analyze}'s text report (issue 12). */
final class AnalysisEconomicsText {

    private AnalysisEconomicsText() {}

    /** Returns the line: round trip and entry costs, capital required and its source, return on capital. */
    static String line(CandidateEconomics e) {
        return String.format(
                Locale.ROOT,
                "       costs: round trip %s (entry %s), at max loss %s; capital %s (%s); return on capital %s"
                        + " (net max profit), %s (net EV)",
                RupeeFormat.format(e.costs().targetRupees()),
                RupeeFormat.format(
                        e.costs().atTarget().closed().entry().charges().total().rupees()),
                RupeeFormat.format(e.costs().lossRupees()),
                RupeeFormat.format(e.capitalRequired().rupees()),
                e.capitalSource().equals(CandidateEconomics.LOCAL)
                        ? "local NSE-like margin"
                        : e.capitalSource() + "; local "
                                + RupeeFormat.format(
                                        e.margin().capitalRequired().rupees()),
                percent(e.returnOnMaxProfit(), e.net().maxProfit().isUnlimited()),
                percent(e.returnOnExpectedValue(), false));
    }

    private static String percent(Optional<Double> value, boolean unlimited) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f%%", 100 * v)).orElse(unlimited ? "unlimited" : "n/a");
    }
}
