package io.optionsv4.app.cli;

import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.RunSummary;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable report of an {@code analyze} run: one block per symbol, then the run summary. */
final class AnalysisReport {

    private AnalysisReport() {}

    /** Prints one block per symbol. */
    static void symbols(AnalysisRun run, Conviction floor, Screen screen, PrintWriter out) {
        for (SymbolOutcome outcome : run.outcomes()) {
            switch (outcome) {
                case SymbolOutcome.Analysed a -> analysed(a, floor, screen, out);
                case SymbolOutcome.NoStrategy n -> {
                    emit(out, screen, String.format(Locale.ROOT, "%-12s no strategy: %s", n.symbol(), n.detail()), 4);
                    out.println();
                }
            }
        }
    }

    private static void analysed(SymbolOutcome.Analysed a, Conviction floor, Screen screen, PrintWriter out) {
        List<String> head = screen.wrap(header(a.symbol(), a.underlying()), 4);
        out.println(screen.bold(head.get(0)));
        head.subList(1, head.size()).forEach(out::println);
        for (RankedStrategy s : a.strategies()) {
            if (s.ranked().conviction().compareTo(floor) < 0) {
                continue;
            }
            Candidate c = s.ranked().candidate();
            emit(
                    out,
                    screen,
                    String.format(
                            Locale.ROOT,
                            "  %d. %s  score %.1f %s  net: PoP %.1f%%  max profit %s  max loss %s;  %s %s",
                            s.rank(),
                            c.name(),
                            s.ranked().totalScore(),
                            TopList.label(s.ranked().conviction()),
                            100 * c.netFigures().probabilityOfProfit(),
                            rupees(c.netFigures().maxProfit()),
                            rupees(c.netFigures().maxLoss()),
                            c.netPremium() >= 0 ? "credit" : "debit",
                            rupees(Math.abs(c.netPremium()))),
                    7);
            for (CandidateLeg leg : c.legs()) {
                emit(
                        out,
                        screen,
                        String.format(
                                Locale.ROOT,
                                "       %-4s %d x %-4s %10s  %s  @ %s (%s; %s %s, IV %.1f%%)",
                                leg.side(),
                                leg.lots(),
                                leg.right(),
                                strike(leg.strike()),
                                leg.expiry(),
                                strike(leg.premiumPerUnit()),
                                executableSide(leg),
                                leg.premiumSource().name().toLowerCase(Locale.ROOT),
                                strike(leg.referencePerUnit()),
                                100 * leg.impliedVolatility()),
                        9);
            }
            if (c.underlyingUnits() > 0) {
                emit(
                        out,
                        screen,
                        String.format(Locale.ROOT, "       BUY  %d shares @ %s", c.underlyingUnits(), strike(c.spot())),
                        9);
            }
            ExitPlan plan = s.exitPlan();
            PlanProbabilities pp = s.planProbabilities();
            emit(
                    out,
                    screen,
                    String.format(
                            Locale.ROOT,
                            "       %s expiry %s; plan: P(target) %.1f%%, P(stop) %.1f%%, P(time exit) %.1f%%,"
                                    + " plan PoP %.1f%%, EV under plan %s (%s); net expiry PoP %.1f%%",
                            s.nearExpiryKind(),
                            c.nearExpiry(),
                            100 * pp.target(),
                            100 * pp.stop(),
                            100 * pp.time(),
                            100 * pp.profit(),
                            rupees(pp.expectedPnl()),
                            s.planCostsIncluded() ? "net of costs" : "before costs",
                            100 * c.netFigures().probabilityOfProfit()),
                    9);
            emit(
                    out,
                    screen,
                    String.format(
                            Locale.ROOT,
                            "       exit: target %.0f%% of %s, stop at %s (%s), time exit %s; net breakevens %s",
                            100 * plan.profitTargetFraction(),
                            switch (plan.profitBasis()) {
                                case MAX_PROFIT -> "max profit";
                                case DEBIT_PAID -> "the debit";
                                case CREDIT_RECEIVED -> "the credit";
                            },
                            rupees(plan.stopLoss().pnlTrigger()),
                            plan.stopLoss()
                                    .basis()
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', ' '),
                            plan.timeExit().date(),
                            c.netFigures().breakevens().stream()
                                    .map(AnalysisReport::strike)
                                    .collect(Collectors.joining(", "))),
                    9);
            c.economics().ifPresent(e -> emit(out, screen, AnalysisEconomicsText.line(e), 9));
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
        if (u.chainsOnly()) {
            line.append("  from its chains alone (no price history)");
        } else if (u.withoutVolume()) {
            line.append("  without a volume profile (no traded volume in its candles)");
        }
        if (u.iv() instanceof IvAssessment iv) {
            String basis = iv.usesRealizedFallback() ? "realised" : "30-day";
            line.append(iv.statistics()
                    .map(s -> String.format(
                            Locale.ROOT,
                            "  IV %.1f%% %s %s (percentile %.0f%% of %d days)",
                            100 * iv.current(),
                            basis,
                            s.environment(),
                            100 * s.ivPercentile(),
                            s.observations()))
                    .orElseGet(() ->
                            String.format(Locale.ROOT, "  IV %.1f%% %s, rank unavailable", 100 * iv.current(), basis)));
        }
        return line.toString();
    }

    /** Prints the run summary. */
    static void summary(
            AnalysisRun run, CapitalSettings capital, String stored, String results, Screen screen, PrintWriter out) {
        RunSummary s = run.summary();
        emit(
                out,
                screen,
                String.format(
                        Locale.ROOT,
                        "Run summary: %s, risk %s (net PoP >= %.0f%%, net max loss %s per trade of %s in options;"
                                + " figures net of the cost stack; max loss of calendars and diagonals: the worst"
                                + " net P&L at the near expiry within 2 sigma, IV +/- 5 points)",
                        run.asOf(),
                        run.risk().label(),
                        100 * capital.limits(run.risk()).minProbabilityOfProfit(),
                        rupees(capital.maxLossPerTrade(run.risk())),
                        rupees(capital.optionsCapital(run.risk()))),
                2);
        emit(
                out,
                screen,
                String.format(Locale.ROOT, "  market state       %s", market(run.market(), run.indiaVix())),
                21);
        emit(out, screen, String.format(Locale.ROOT, "  symbols analysed   %d", s.symbols()), 21);
        emit(
                out,
                screen,
                String.format(
                        Locale.ROOT,
                        "  with strategies    %d (success rate %.1f%%)",
                        s.withStrategies(),
                        100 * s.successRate()),
                21);
        emit(out, screen, String.format(Locale.ROOT, "  strategies         %d", s.strategies()), 21);
        emit(out, screen, String.format(Locale.ROOT, "  by type            %s", counts(s.strategiesByType())), 21);
        emit(
                out,
                screen,
                String.format(
                        Locale.ROOT,
                        "  sentiment          %s",
                        s.sentiment().entrySet().stream()
                                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                                .collect(Collectors.joining(", "))),
                21);
        emit(
                out,
                screen,
                String.format(
                        Locale.ROOT,
                        "  without strategy   %s",
                        s.noStrategyReasons().isEmpty()
                                ? "none"
                                : s.noStrategyReasons().entrySet().stream()
                                        .map(e -> e.getKey().label() + " " + e.getValue())
                                        .collect(Collectors.joining(", "))),
                21);
        emit(out, screen, String.format(Locale.ROOT, "  stored             %s", stored), 21);
        emit(out, screen, String.format(Locale.ROOT, "  results            %s", results), 21);
        run.warnings()
                .forEach(w -> screen.wrap("  warning            " + w, 21).forEach(l -> out.println(screen.yellow(l))));
        emit(
                out,
                screen,
                String.format(
                        Locale.ROOT,
                        "  elapsed            %.2f s",
                        run.elapsed().toMillis() / 1000.0),
                21);
    }

    /** Prints {@code text} wrapped to the screen's width, continuation lines indented by {@code indent}. */
    private static void emit(PrintWriter out, Screen screen, String text, int indent) {
        screen.wrap(text, indent).forEach(out::println);
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
        return Rupees.of(amount);
    }

    /** Returns rupees in the one money format, e.g. {@code ₹3,75,000.00} and {@code -₹1,23,45,678.90}. */
    static String rupees(double value) {
        return Rupees.of(value);
    }

    static String strike(double value) {
        return RupeeFormat.grouped(value, value == Math.rint(value) ? 0 : 2);
    }

    /** Which side of the book a leg trades at: the quoted ask or bid, or the spread model's when there is no book. */
    private static String executableSide(CandidateLeg leg) {
        String side = leg.side() == Side.BUY ? "ask" : "bid";
        return switch (leg.price().source()) {
            case BOOK -> side;
            case MODEL -> "model " + side;
            case REFERENCE -> "reference";
        };
    }
}
