package io.optionsv4.app.cli;

import io.optionsv4.core.exit.ActionKind;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.Urgency;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.portfolio.PerformanceGroup;
import io.optionsv4.engine.monitor.OpenLeg;
import io.optionsv4.engine.monitor.PollingMonitor;
import io.optionsv4.engine.monitor.StrategyMark;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's snapshot ({@code docs/schema/dashboard.schema.json}): the portfolio summary, each open strategy with
 * its legs (entry price and what closing would get now), its exit status, and the alerts by urgency. Built from one
 * simulated monitoring cycle (nothing placed). Amounts in rupees.
 */
final class DashboardJson {

    private DashboardJson() {}

    record Document(
            String generatedAt,
            String broker,
            String marketData,
            String market,
            Portfolio portfolio,
            History history,
            List<Strategy> strategies,
            List<AlertLine> alerts) {}

    /**
     * The book's history: strategies closed, those that made money net of charges and those that did not, the win
     * rate (null before the first close) and the realised P&amp;L net of charges.
     */
    record History(int closed, int won, int lost, Double winRate, double realisedNet) {

        /** The history of {@code total}, every traded strategy's outcome. */
        static History of(PerformanceGroup total) {
            return new History(
                    total.closed(),
                    total.won(),
                    total.lost(),
                    total.winRate().isPresent() ? total.winRate().getAsDouble() : null,
                    total.realizedNet().rupees());
        }
    }

    /** Totals over the open strategies; winners and losers by net P&amp;L at closing prices. */
    record Portfolio(
            int openStrategies, double netPnl, int winners, int losers, double delta, double gamma, double vega) {}

    record Strategy(
            long strategyId,
            String symbol,
            String strategyName,
            Double netPnl,
            double closedFraction,
            long daysToExpiry,
            String exitStatus,
            List<Leg> legs) {}

    /** A leg: the close price is what closing would get now (long at the bid, short at the ask), null without quote. */
    record Leg(int legIndex, String contract, String side, int quantity, double entryPrice, Double closePrice) {}

    record AlertLine(String urgency, long strategyId, String rule, String message) {}

    /** Builds the snapshot from a simulated cycle and the legs' quotes. */
    static Document of(
            PollingMonitor.CycleReport report,
            Map<FeedInstrument, Tick> quotes,
            DashboardJson.Header h,
            History history) {
        List<Strategy> rows = new ArrayList<>();
        List<AlertLine> alerts = new ArrayList<>();
        double net = 0;
        double delta = 0;
        double gamma = 0;
        double vega = 0;
        int winners = 0;
        int losers = 0;
        LocalDate today = report.time().atZone(RunLog.INDIA).toLocalDate();
        for (PollingMonitor.StrategyCycle s : report.strategies()) {
            StrategyMark mark = s.mark().orElse(null);
            if (mark != null) {
                net += mark.netPnlRupees();
                delta += mark.greeks().delta();
                gamma += mark.greeks().gamma();
                vega += mark.greeks().vega();
                winners += mark.netPnlRupees() > 0 ? 1 : 0;
                losers += mark.netPnlRupees() < 0 ? 1 : 0;
            }
            ExitAction primary = s.decision().primary();
            for (ExitAction a : s.decision().actions()) {
                if (a.closes() || a.urgency() != Urgency.NORMAL || a.kind() == ActionKind.ADJUST) {
                    alerts.add(new AlertLine(a.urgency().name(), s.strategy().strategyId(), a.rule(), a.reason()));
                }
            }
            List<Leg> legs = new ArrayList<>();
            for (OpenLeg leg : s.strategy().legs()) {
                legs.add(new Leg(
                        leg.legIndex(),
                        leg.description(),
                        leg.side().name(),
                        leg.quantity(),
                        leg.entryPrice(),
                        closePrice(leg, quotes.get(leg.instrument()))));
            }
            rows.add(new Strategy(
                    s.strategy().strategyId(),
                    s.strategy().symbol(),
                    s.strategy().strategyType(),
                    mark == null ? null : round(mark.netPnlRupees()),
                    s.strategy().closedFraction(),
                    ChronoUnit.DAYS.between(today, s.strategy().nearestExpiry()),
                    status(primary),
                    legs));
        }
        alerts.sort(Comparator.comparing(AlertLine::urgency, Comparator.comparingInt(DashboardJson::rank)));
        Portfolio portfolio =
                new Portfolio(rows.size(), round(net), winners, losers, round(delta), round(gamma), round(vega));
        return new Document(
                report.time().toString(), h.broker(), h.marketData(), h.market(), portfolio, history, rows, alerts);
    }

    /** What every snapshot shows beside the figures. */
    record Header(String broker, String marketData, String market) {}

    private static int rank(String urgency) {
        return switch (urgency) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    private static Double closePrice(OpenLeg leg, Tick tick) {
        if (tick == null) {
            return null;
        }
        return tick.bidAsk()
                .map(b -> leg.side() == Side.BUY ? b.bid() : b.ask())
                .orElse(tick.last());
    }

    private static String status(ExitAction a) {
        return switch (a.kind()) {
            case CLOSE_IMMEDIATELY -> "close: " + a.rule();
            case CLOSE_PARTIAL -> "close " + Math.round(100 * a.fraction()) + "%: " + a.rule();
            case ADJUST -> "adjust: " + a.rule();
            case MONITOR -> a.rule().isBlank() ? "hold" : "hold (" + a.rule() + ")";
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
