package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.Calibration;
import io.optionsv4.engine.backtest.report.EquityCurve;
import io.optionsv4.engine.backtest.report.MonthlyReturns;
import io.optionsv4.engine.backtest.report.PopCalibration;
import io.optionsv4.engine.backtest.report.TradeStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CSV tables of a backtest report: RFC 4180 (comma separated, double quotes around a field holding a comma, quote
 * or line break), a header row of snake_case names, one row per record. Amounts are rupees with two decimals, exact
 * from the paise ({@code _rupees} columns); ratios and probabilities are decimal fractions ({@code 0.0125} is 1.25 %);
 * dates ISO {@code YYYY-MM-DD}; an undefined figure (a profit factor without losses, a month without a close) is an
 * empty field.
 */
final class BacktestCsv {

    /** A CSV file: its name suffix and its lines (header first). */
    record Table(String name, List<String> lines) {}

    private BacktestCsv() {}

    /** Every table of {@code report} (trades from {@code result}). */
    static List<Table> all(BacktestReport report, BacktestResult result) {
        return List.of(
                equity(report, result),
                monthlyReturns(report),
                trades(result.trades()),
                strategyStatistics(report),
                calibration(report),
                calibrationSummary(report));
    }

    /** One row per close: the account, margin / equity, the daily return and the drawdown. */
    static Table equity(BacktestReport report, BacktestResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("day,equity_rupees,cash_rupees,margin_blocked_rupees,margin_to_equity,open_strategies,"
                + "realised_rupees,unrealised_rupees,daily_return,peak_rupees,drawdown");
        List<EquityCurve.Point> curve = report.equityCurve().points();
        for (int i = 0; i < curve.size(); i++) {
            EquityPoint p = result.equity().get(i);
            EquityCurve.Point c = curve.get(i);
            lines.add(row(
                    p.day(),
                    rupees(p.equityPaise()),
                    rupees(p.cashPaise()),
                    rupees(p.marginBlockedPaise()),
                    fraction(report.exposure().points().get(i).marginToEquity()),
                    p.openStrategies(),
                    rupees(p.realisedPaise()),
                    rupees(p.unrealisedPaise()),
                    fraction(c.dailyReturn()),
                    rupees(c.peakPaise()),
                    fraction(c.drawdown())));
        }
        return new Table("equity", lines);
    }

    /** One row per year: the twelve monthly returns and the year's. */
    static Table monthlyReturns(BacktestReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("year,jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec,year_return");
        for (MonthlyReturns.Year y : report.monthlyReturns().years()) {
            List<Object> cells = new ArrayList<>();
            cells.add(y.year());
            y.months().forEach(m -> cells.add(fraction(m)));
            cells.add(fraction(y.total()));
            lines.add(row(cells.toArray()));
        }
        return new Table("monthly_returns", lines);
    }

    /** One row per trade, every field of {@link BacktestTrade}. */
    static Table trades(List<BacktestTrade> trades) {
        List<String> lines = new ArrayList<>();
        lines.add("strategy_id,symbol,strategy_type,family,market_state,entry_date,exit_date,exit_reason,lots,"
                + "max_loss_rupees,margin_rupees,gross_pnl_rupees,costs_rupees,net_pnl_rupees,predicted_plan_pop,"
                + "predicted_expiry_pop,profitable,expiry_profit");
        for (BacktestTrade t : trades) {
            lines.add(row(
                    t.strategyId(),
                    t.symbol(),
                    t.strategyType(),
                    t.family(),
                    t.marketState(),
                    t.entryDate(),
                    t.exitDate(),
                    t.exitReason(),
                    t.lots(),
                    t.maxLossPaise() == Long.MAX_VALUE ? "unbounded" : rupees(t.maxLossPaise()),
                    rupees(t.marginPaise()),
                    rupees(t.grossPnlPaise()),
                    rupees(t.costsPaise()),
                    rupees(t.netPnlPaise()),
                    fraction(t.predictedPlanPop()),
                    fraction(t.predictedExpiryPop()),
                    t.closed() ? t.profitable() : null,
                    t.expiryProfit()));
        }
        return new Table("trades", lines);
    }

    /** The trade statistics overall ({@code all}) and per strategy type, family and market state. */
    static Table strategyStatistics(BacktestReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("grouping,key,trades,closed,open_at_end,wins,losses,win_rate,average_win_rupees,"
                + "average_loss_rupees,largest_win_rupees,largest_loss_rupees,profit_factor,expectancy_rupees,"
                + "net_pnl_rupees,costs_rupees,open_net_pnl_rupees");
        lines.add(statistics("all", "all", report.trades()));
        Stream.of(
                        group("strategy_type", report.byStrategyType()),
                        group("family", report.byFamily()),
                        group("market_state", report.byMarketState()))
                .flatMap(List::stream)
                .forEach(lines::add);
        return new Table("strategy_stats", lines);
    }

    /** One row per prediction, family ({@code (all)} for every trade) and non-empty decile. */
    static Table calibration(BacktestReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("prediction,family,bin_lower,bin_upper,count,happened,mean_predicted,realised_frequency,"
                + "wilson_low,wilson_high,consistent");
        for (PopCalibration p : List.of(report.planPop(), report.expiryPop())) {
            bins(lines, p.prediction(), "(all)", p.overall());
            p.families().forEach(f -> bins(lines, p.prediction(), f.family(), f.calibration()));
        }
        return new Table("calibration", lines);
    }

    /** One row per prediction and family: the Brier score, its decomposition and Spiegelhalter's test. */
    static Table calibrationSummary(BacktestReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("prediction,family,count,mean_predicted,realised_frequency,brier,reliability,resolution,uncertainty,"
                + "within_bin_variance,within_bin_covariance,expected_brier_if_calibrated,"
                + "brier_standard_error_if_calibrated,spiegelhalter_z,spiegelhalter_pvalue,bins,bins_inconsistent");
        for (PopCalibration p : List.of(report.planPop(), report.expiryPop())) {
            lines.add(summary(p.prediction(), "(all)", p.overall()));
            p.families().forEach(f -> lines.add(summary(p.prediction(), f.family(), f.calibration())));
        }
        return new Table("calibration_summary", lines);
    }

    private static List<String> group(String grouping, List<TradeStatistics.Group> groups) {
        return groups.stream()
                .map(g -> statistics(grouping, g.key(), g.statistics()))
                .toList();
    }

    private static String statistics(String grouping, String key, TradeStatistics s) {
        return row(
                grouping,
                key,
                s.trades(),
                s.closed(),
                s.openAtEnd(),
                s.wins(),
                s.losses(),
                fraction(s.winRate()),
                rupees(s.averageWinPaise()),
                rupees(s.averageLossPaise()),
                rupees(s.largestWinPaise()),
                rupees(s.largestLossPaise()),
                fraction(s.profitFactor()),
                rupees(s.expectancyPaise()),
                rupees(s.netPnlPaise()),
                rupees(s.costsPaise()),
                rupees(s.openNetPnlPaise()));
    }

    private static void bins(List<String> lines, String prediction, String family, Calibration c) {
        for (Calibration.Bin b : c.bins()) {
            lines.add(row(
                    prediction,
                    family,
                    fraction(b.lower()),
                    fraction(b.upper()),
                    b.count(),
                    b.happened(),
                    fraction(b.meanPredicted()),
                    fraction(b.realisedFrequency()),
                    fraction(b.wilsonLow()),
                    fraction(b.wilsonHigh()),
                    b.consistent()));
        }
    }

    private static String summary(String prediction, String family, Calibration c) {
        return row(
                prediction,
                family,
                c.count(),
                fraction(c.meanPredicted()),
                fraction(c.realisedFrequency()),
                fraction(c.brier()),
                fraction(c.reliability()),
                fraction(c.resolution()),
                fraction(c.uncertainty()),
                fraction(c.withinBinVariance()),
                fraction(c.withinBinCovariance()),
                fraction(c.expectedBrierIfCalibrated()),
                fraction(c.brierStandardErrorIfCalibrated()),
                fraction(c.spiegelhalterZ()),
                fraction(c.spiegelhalterPValue()),
                c.bins().size(),
                c.binsInconsistent());
    }

    /** Exact rupees with two decimals from paise. */
    static String rupees(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }

    /** Rupees with two decimals from a paise average; empty when undefined. */
    static String rupees(Double paise) {
        return paise == null ? "" : String.format(Locale.ROOT, "%.2f", paise / 100.0);
    }

    /** A fraction or ratio with up to ten significant decimals; empty when undefined. */
    static String fraction(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value)
                .setScale(10, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** One CSV row; null is an empty field. */
    static String row(Object... cells) {
        return Stream.of(cells).map(BacktestCsv::field).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
