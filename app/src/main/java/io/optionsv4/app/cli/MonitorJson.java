package io.optionsv4.app.cli;

import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.engine.monitor.PollingMonitor;
import io.optionsv4.engine.monitor.StrategyMark;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a monitoring cycle ({@code docs/schema/monitor.schema.json}): the broker, the market session, and per
 * strategy its P&amp;L net at closing prices, the exit decision and what was done with it. Amounts in rupees.
 */
final class MonitorJson {

    private MonitorJson() {}

    /**
     * One cycle's document.
     *
     * @param generatedAt when the cycle ran (ISO-8601 instant)
     * @param command {@code monitor legacy} or {@code daily}
     * @param mode SIMULATE, ALERT_ONLY or EXECUTE
     * @param broker the broker in words
     * @param live true when exits would move real money
     * @param marketData the market data in words
     * @param market the session in words
     * @param placing true when exits are placed in this cycle
     * @param quotesRead quotes the cycle read
     * @param strategies the strategies
     * @param summary the totals
     */
    record Document(
            String generatedAt,
            String command,
            String mode,
            String broker,
            boolean live,
            String marketData,
            String market,
            boolean placing,
            int quotesRead,
            List<Strategy> strategies,
            Summary summary) {}

    /** One strategy's line; P&amp;L figures are null when a quote was missing. */
    record Strategy(
            long strategyId,
            String symbol,
            String strategyName,
            String entryDate,
            double closedFraction,
            Double netPnl,
            Double grossPnl,
            Double exitCosts,
            Decision decision,
            String outcome,
            String detail) {}

    /** The primary action of the decision. */
    record Decision(String kind, String rule, String urgency, double fraction, String reason) {}

    /** The cycle's totals. */
    record Summary(int strategies, double netPnl, long kept, long wouldClose, long alerted, long closed, long failed) {}

    /** Returns the document of {@code report}. */
    static Document of(PollingMonitor.CycleReport report, Header header) {
        List<Strategy> rows = new ArrayList<>();
        double net = 0;
        for (PollingMonitor.StrategyCycle s : report.strategies()) {
            ExitAction a = s.decision().primary();
            StrategyMark mark = s.mark().orElse(null);
            net += mark == null ? 0 : mark.netPnlRupees();
            rows.add(new Strategy(
                    s.strategy().strategyId(),
                    s.strategy().symbol(),
                    s.strategy().strategyType(),
                    s.strategy().entryDate().toString(),
                    s.strategy().closedFraction(),
                    mark == null ? null : round(mark.netPnlRupees()),
                    mark == null ? null : round(mark.grossPnlRupees()),
                    mark == null ? null : round(mark.exitCostsRupees()),
                    new Decision(a.kind().name(), a.rule(), a.urgency().name(), a.fraction(), a.reason()),
                    s.outcome().name(),
                    s.detail()));
        }
        Summary summary = new Summary(
                rows.size(),
                round(net),
                count(report, PollingMonitor.Outcome.KEPT),
                count(report, PollingMonitor.Outcome.WOULD_CLOSE),
                count(report, PollingMonitor.Outcome.ALERTED),
                count(report, PollingMonitor.Outcome.CLOSED),
                count(report, PollingMonitor.Outcome.EXIT_FAILED));
        return new Document(
                report.time().toString(),
                header.command(),
                header.mode(),
                header.broker(),
                header.live(),
                header.marketData(),
                header.market(),
                header.placing(),
                report.quotesRead(),
                rows,
                summary);
    }

    /** What every cycle document of a run shows. */
    record Header(
            String command,
            String mode,
            String broker,
            boolean live,
            String marketData,
            String market,
            boolean placing) {}

    private static long count(PollingMonitor.CycleReport report, PollingMonitor.Outcome outcome) {
        return report.strategies().stream().filter(s -> s.outcome() == outcome).count();
    }

    private static double round(double rupees) {
        return Math.round(rupees * 100) / 100.0;
    }
}
