package io.optionsv4.app.cli;

import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.RunSummary;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable report of an {@code analyze} run: one block per symbol, then the run summary. */
final class AnalysisReport {

    private AnalysisReport() {}

    /** Prints one block per symbol. */
    static void symbols(AnalysisRun run, PrintWriter out) {
        for (SymbolOutcome outcome : run.outcomes()) {
            switch (outcome) {
                case SymbolOutcome.Analysed a -> analysed(a, out);
                case SymbolOutcome.NoStrategy n ->
                    out.printf(Locale.ROOT, "%-12s no strategy: %s%n%n", n.symbol(), n.detail());
            }
        }
    }

    private static void analysed(SymbolOutcome.Analysed a, PrintWriter out) {
        out.println(header(a.symbol(), a.underlying()));
        for (RankedStrategy s : a.strategies()) {
            Candidate c = s.ranked().candidate();
            out.printf(
                    Locale.ROOT,
                    "  %d. %-26s score %5.1f %-9s PoP %5.1f%%  max profit %s  max loss %s  net %s %s%n",
                    s.rank(),
                    c.name(),
                    s.ranked().totalScore(),
                    s.ranked().conviction(),
                    100 * c.figures().probabilityOfProfit(),
                    rupees(c.figures().maxProfit()),
                    rupees(c.figures().maxLoss()),
                    c.netPremium() >= 0 ? "credit" : "debit",
                    rupees(Math.abs(c.netPremium())));
            for (CandidateLeg leg : c.legs()) {
                out.printf(
                        Locale.ROOT,
                        "       %-4s %d x %-4s %10s  %s  @ %9.2f (%s, IV %.1f%%)%n",
                        leg.side(),
                        leg.lots(),
                        leg.right(),
                        strike(leg.strike()),
                        leg.expiry(),
                        leg.premiumPerUnit(),
                        leg.premiumSource().name().toLowerCase(Locale.ROOT),
                        100 * leg.impliedVolatility());
            }
            if (c.underlyingUnits() > 0) {
                out.printf(Locale.ROOT, "       BUY  %d shares @ %.2f%n", c.underlyingUnits(), c.spot());
            }
            ExitPlan plan = s.exitPlan();
            PlanProbabilities pp = s.planProbabilities();
            out.printf(
                    Locale.ROOT,
                    "       %s expiry %s; plan: P(target) %.1f%%  P(stop) %.1f%%  P(time exit) %.1f%%  plan PoP %.1f%%"
                            + "  EV under plan %s (before costs); expiry PoP %.1f%%%n",
                    s.nearExpiryKind(),
                    c.nearExpiry(),
                    100 * pp.target(),
                    100 * pp.stop(),
                    100 * pp.time(),
                    100 * pp.profit(),
                    rupees(pp.expectedPnl()),
                    100 * c.figures().probabilityOfProfit());
            out.printf(
                    Locale.ROOT,
                    "       exit: target %.0f%% of %s, stop at %s (%s), time exit %s; breakevens %s%n",
                    100 * plan.profitTargetFraction(),
                    switch (plan.profitBasis()) {
                        case MAX_PROFIT -> "max profit";
                        case DEBIT_PAID -> "the debit";
                        case CREDIT_RECEIVED -> "the credit";
                    },
                    rupees(plan.stopLoss().pnlTrigger()),
                    plan.stopLoss().basis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    plan.timeExit().date(),
                    c.figures().breakevens().stream()
                            .map(AnalysisReport::strike)
                            .collect(Collectors.joining(", ")));
        }
        a.storeError().ifPresent(e -> out.println("  NOT STORED: " + e));
        out.println();
    }

    private static String header(String symbol, UnderlyingAnalysis u) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT, "%-12s spot %s", symbol, strike(u.levels().reference())));
        if (u.trend() instanceof TrendAnalysis t) {
            line.append(String.format(Locale.ROOT, "  outlook %s (%.2f)", t.direction(), t.confidence()));
        }
        if (u.iv() instanceof IvAssessment iv) {
            line.append(String.format(
                    Locale.ROOT,
                    "  IV %.1f%% %s (percentile %.0f%% of %s history)",
                    100 * iv.current(),
                    iv.environment(),
                    100 * iv.statistics().ivPercentile(),
                    iv.historySource().name().toLowerCase(Locale.ROOT)));
        }
        return line.toString();
    }

    /** Prints the run summary. */
    static void summary(AnalysisRun run, CapitalSettings capital, String stored, String results, PrintWriter out) {
        RunSummary s = run.summary();
        out.printf(
                Locale.ROOT,
                "Run summary: %s, risk %s (PoP >= %.0f%%, max loss %s per trade of %s in options)%n",
                run.asOf(),
                run.risk().label(),
                100 * capital.limits(run.risk()).minProbabilityOfProfit(),
                rupees(capital.maxLossPerTrade(run.risk())),
                rupees(capital.optionsCapital(run.risk())));
        out.printf(Locale.ROOT, "  market state       %s%n", market(run.market(), run.indiaVix()));
        out.printf(Locale.ROOT, "  symbols analysed   %d%n", s.symbols());
        out.printf(
                Locale.ROOT,
                "  with strategies    %d (success rate %.1f%%)%n",
                s.withStrategies(),
                100 * s.successRate());
        out.printf(Locale.ROOT, "  strategies         %d%n", s.strategies());
        out.printf(Locale.ROOT, "  by type            %s%n", counts(s.strategiesByType()));
        out.printf(
                Locale.ROOT,
                "  sentiment          %s%n",
                s.sentiment().entrySet().stream()
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        out.printf(
                Locale.ROOT,
                "  without strategy   %s%n",
                s.noStrategyReasons().isEmpty()
                        ? "none"
                        : s.noStrategyReasons().entrySet().stream()
                                .map(e -> e.getKey().label() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  stored             %s%n", stored);
        out.printf(Locale.ROOT, "  results            %s%n", results);
        run.warnings().forEach(w -> out.printf(Locale.ROOT, "  warning            %s%n", w));
        out.printf(Locale.ROOT, "  elapsed            %.2f s%n", run.elapsed().toMillis() / 1000.0);
    }

    static String market(MarketConditionsResult result, double vix) {
        return switch (result) {
            case MarketConditions m ->
                String.format(
                        Locale.ROOT,
                        "%s (confidence %.2f); NIFTY %s %s (%.2f); India VIX %.2f %s%s",
                        m.state().displayName(),
                        m.confidence(),
                        strike(m.niftyTrend().indicators().lastClose()),
                        m.niftyTrend().direction(),
                        m.niftyTrend().confidence(),
                        m.vix().level(),
                        m.vix().regime(),
                        m.niftyPutCallRatio()
                                .filter(p -> p.byOpenInterest().isPresent())
                                .map(p -> String.format(
                                        Locale.ROOT,
                                        "; NIFTY PCR %.2f",
                                        p.byOpenInterest().getAsDouble()))
                                .orElse(""));
            case MarketConditionsResult.Unavailable u ->
                String.format(Locale.ROOT, "unavailable (India VIX %.2f; missing %s)", vix, u.missing());
        };
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty()
                ? "none"
                : counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    static String rupees(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> rupees(f.rupees());
            case Amount.Unlimited u -> "unlimited";
        };
    }

    /** Returns rupees with Indian digit grouping, e.g. {@code ₹3,75,000.00} and {@code -₹1,23,45,678.90}. */
    static String rupees(double value) {
        String plain = String.format(Locale.ROOT, "%.2f", Math.abs(value));
        int point = plain.indexOf('.');
        StringBuilder digits = new StringBuilder(plain.substring(0, point));
        for (int i = digits.length() - 3; i > 0; i -= 2) {
            digits.insert(i, ',');
        }
        boolean negative = value < 0 && !plain.equals("0.00");
        return (negative ? "-₹" : "₹") + digits + plain.substring(point);
    }

    static String strike(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }
}
