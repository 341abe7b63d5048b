package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.Calibration;
import io.optionsv4.engine.backtest.report.MaxDrawdown;
import io.optionsv4.engine.backtest.report.PerformanceSummary;
import io.optionsv4.engine.backtest.report.PopCalibration;
import io.optionsv4.engine.backtest.report.TradeStatistics;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The one-page HTML report of a backtest: the run's price notice at the top, the run and headline tables, the charts
 * embedded as PNG data (each linked to its SVG file beside the page), the per-group statistics, the calibration
 * summary and the run's warnings. Self-contained: it opens from any folder, the SVG links work beside the other files.
 */
final class BacktestHtml {

    /** Warnings listed on the page; the JSON document has all of them. */
    static final int WARNINGS_SHOWN = 50;

    /**
     * A chart to embed.
     *
     * @param title the chart's heading
     * @param png the PNG bytes
     * @param svgFile the SVG file's name beside the page
     */
    record Figure(String title, byte[] png, String svgFile) {}

    private BacktestHtml() {}

    /** The page of {@code report} with {@code figures}. */
    static String page(BacktestReport report, List<Figure> figures) {
        BacktestRun run = report.run();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Backtest ")
                .append(esc(run.runId()))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1240px;margin:1em auto;padding:0 1em;color:#222}\n")
                .append(".notice{background:#fff4d6;border:2px solid #e0a000;padding:.6em 1em;font-weight:bold}\n")
                .append(".incomplete{background:#fde2e2;border:2px solid #c62828;padding:.6em 1em;font-weight:bold}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}\n")
                .append("th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\nth{background:#f2f2f2}\n")
                .append("img{max-width:100%;border:1px solid #ddd}\n</style></head><body>\n");
        h.append("<p class=\"notice\">")
                .append(esc(run.priceNotice() == null ? "" : run.priceNotice()))
                .append("</p>\n");
        if (!run.complete()) {
            h.append("<p class=\"incomplete\">This run stopped before ")
                    .append(run.to())
                    .append(": it is not complete, and every figure covers only the days it ran.</p>\n");
        }
        h.append("<h1>Backtest ").append(esc(run.runId())).append("</h1>\n");
        runTable(h, run);
        headline(h, report);
        for (Figure f : figures) {
            h.append("<h2>")
                    .append(esc(f.title()))
                    .append("</h2>\n<p><a href=\"")
                    .append(esc(f.svgFile()))
                    .append("\"><img alt=\"")
                    .append(esc(f.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(f.png()))
                    .append("\"></a></p>\n");
        }
        groups(h, "By strategy type", report.byStrategyType());
        groups(h, "By strategy family", report.byFamily());
        groups(h, "By market state at entry", report.byMarketState());
        calibration(h, report.planPop());
        calibration(h, report.expiryPop());
        warnings(h, run.warnings());
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void runTable(StringBuilder h, BacktestRun run) {
        h.append("<table>\n");
        rowTh(h, "Market", run.data());
        rowTh(h, "Period", run.from() + " to " + run.to() + " (" + run.sessions() + " sessions simulated)");
        rowTh(h, "Risk profile", run.risk());
        rowTh(h, "Starting capital", BacktestCharts.rupees((double) run.capitalPaise()));
        rowTh(h, "Seed", Long.toString(run.seed()));
        rowTh(h, "Started", run.startedAt() + ", took " + run.elapsed());
        rowTh(h, "Complete", run.complete() ? "yes" : "no");
        h.append("</table>\n");
    }

    private static void headline(StringBuilder h, BacktestReport report) {
        PerformanceSummary s = report.summary();
        MaxDrawdown dd = s.maxDrawdown();
        TradeStatistics t = report.trades();
        h.append("<h2>Headline</h2>\n<table>\n");
        rowTh(h, "End equity", BacktestCharts.rupees((double) s.endEquityPaise()));
        rowTh(h, "Total return", BacktestCharts.pct(s.totalReturn()));
        rowTh(h, "CAGR", BacktestCharts.pct(s.cagr()));
        rowTh(h, "Annualised volatility", BacktestCharts.pct(s.annualVolatility()));
        rowTh(
                h,
                "Sharpe (annualised, risk-free " + BacktestCharts.pct(s.annualRiskFreeRate()) + ")",
                BacktestCharts.ratio(s.sharpe()));
        rowTh(h, "Sortino (annualised)", BacktestCharts.ratio(s.sortino()));
        rowTh(
                h,
                "Maximum drawdown",
                BacktestCharts.pct(dd.depth()) + " (" + BacktestCharts.rupees((double) dd.depthPaise()) + "), peak "
                        + dd.peakDay() + ", trough " + dd.troughDay() + ", "
                        + (dd.recovered() ? "recovered " + dd.recoveryDay() : "not recovered by the end") + "; "
                        + dd.sessions() + " sessions, " + dd.calendarDays() + " calendar days");
        rowTh(h, "Trades (closed / open at end)", t.trades() + " (" + t.closed() + " / " + t.openAtEnd() + ")");
        rowTh(h, "Win rate", BacktestCharts.pct(t.winRate()));
        rowTh(
                h,
                "Average win / loss",
                BacktestCharts.rupees(t.averageWinPaise()) + " / " + BacktestCharts.rupees(t.averageLossPaise()));
        rowTh(h, "Profit factor", BacktestCharts.ratio(t.profitFactor()));
        rowTh(h, "Expectancy per closed trade", BacktestCharts.rupees(t.expectancyPaise()));
        rowTh(
                h,
                "Net P&L of closed trades (costs)",
                BacktestCharts.rupees((double) t.netPnlPaise()) + " (" + BacktestCharts.rupees((double) t.costsPaise())
                        + ")");
        rowTh(h, "Average margin / equity", BacktestCharts.pct(report.exposure().averageMarginToEquity()));
        h.append("</table>\n");
    }

    private static void groups(StringBuilder h, String title, List<TradeStatistics.Group> groups) {
        h.append("<h2>")
                .append(esc(title))
                .append("</h2>\n<table>\n<tr><th></th><th>trades</th><th>closed</th>")
                .append("<th>win rate</th><th>average win</th><th>average loss</th><th>profit factor</th>")
                .append("<th>expectancy</th><th>net P&amp;L</th></tr>\n");
        for (TradeStatistics.Group g : groups) {
            TradeStatistics s = g.statistics();
            cells(
                    h,
                    g.key(),
                    Integer.toString(s.trades()),
                    Integer.toString(s.closed()),
                    BacktestCharts.pct(s.winRate()),
                    BacktestCharts.rupees(s.averageWinPaise()),
                    BacktestCharts.rupees(s.averageLossPaise()),
                    BacktestCharts.ratio(s.profitFactor()),
                    BacktestCharts.rupees(s.expectancyPaise()),
                    BacktestCharts.rupees((double) s.netPnlPaise()));
        }
        h.append("</table>\n");
    }

    private static void calibration(StringBuilder h, PopCalibration p) {
        h.append("<h2>Calibration: ")
                .append(esc(p.prediction()))
                .append(" against ")
                .append(esc(p.outcome()))
                .append("</h2>\n<table>\n<tr><th>family</th><th>trades</th><th>mean predicted</th>")
                .append("<th>realised</th><th>Brier</th><th>Brier if calibrated (± s.e.)</th><th>reliability</th>")
                .append("<th>resolution</th><th>Spiegelhalter p</th><th>deciles outside interval</th></tr>\n");
        calibrationRow(h, "all", p.overall());
        p.families().forEach(f -> calibrationRow(h, f.family(), f.calibration()));
        h.append("</table>\n");
    }

    private static void calibrationRow(StringBuilder h, String family, Calibration c) {
        cells(
                h,
                family,
                Integer.toString(c.count()),
                BacktestCharts.pct(c.meanPredicted()),
                BacktestCharts.pct(c.realisedFrequency()),
                decimal(c.brier()),
                decimal(c.expectedBrierIfCalibrated()) + " ± " + decimal(c.brierStandardErrorIfCalibrated()),
                decimal(c.reliability()),
                decimal(c.resolution()),
                decimal(c.spiegelhalterPValue()),
                c.binsInconsistent() + " / " + c.bins().size());
    }

    private static void warnings(StringBuilder h, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        h.append("<h2>Warnings (").append(warnings.size()).append(")</h2>\n<ul>\n");
        warnings.stream()
                .limit(WARNINGS_SHOWN)
                .forEach(w -> h.append("<li>").append(esc(w)).append("</li>\n"));
        if (warnings.size() > WARNINGS_SHOWN) {
            h.append("<li>… and ").append(warnings.size() - WARNINGS_SHOWN).append(" more in the JSON document</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void rowTh(StringBuilder h, String name, String value) {
        h.append("<tr><th>")
                .append(esc(name))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>\n");
    }

    private static void cells(StringBuilder h, String... values) {
        h.append("<tr>");
        for (String v : values) {
            h.append("<td>").append(esc(v)).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String decimal(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
