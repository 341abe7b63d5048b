package io.optionsv4.app.cli;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.CurrentPrice;
import io.optionsv4.core.portfolio.LegValuation;
import io.optionsv4.core.portfolio.Performance;
import io.optionsv4.core.portfolio.PerformanceGroup;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.portfolio.StrategyPosition;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.engine.portfolio.StatusReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code status --json} document ({@code docs/schema/status.schema.json}): every tracked strategy, every open
 * position leg by leg, and the performance (totals and every breakdown) whichever view was asked for. Booked money
 * and P&amp;L are exact rupees (two decimals); current prices are rupees per unit as the market data gave them. A
 * figure that is not known is an explicit null.
 */
final class StatusJson {

    private StatusJson() {}

    /** The document. */
    record Document(
            String generatedAt,
            String asOf,
            String market,
            String view,
            List<Strategy> strategies,
            List<Position> positions,
            Group summary,
            List<Group> byStrategyType,
            List<Group> byIndustry,
            List<Group> byConviction,
            List<Group> bySymbol,
            List<Group> byExitMonth,
            BigDecimal maxDrawdown) {}

    /**
     * A tracked strategy; status, lots and since are null (and message empty) before it has a status.
     *
     * @param status the status as displayed ({@code MARKED*} when allocated)
     * @param allocated whether the status is ALLOCATED
     */
    record Strategy(
            long strategyId,
            String symbol,
            String strategy,
            String industry,
            String conviction,
            String analysisDate,
            String status,
            boolean allocated,
            Integer lots,
            String message,
            String since) {}

    /** An open position: its figures summed over the legs, null when a leg is not priced. */
    record Position(
            long strategyId,
            String symbol,
            String strategy,
            String entryDate,
            long holdingDays,
            boolean priced,
            BigDecimal gross,
            BigDecimal grossAtMid,
            BigDecimal chargesBooked,
            BigDecimal exitCosts,
            BigDecimal net,
            List<Leg> legs) {}

    /**
     * One leg: the price basis, mid and close are null (and the reason given) when it cannot be priced.
     *
     * @param quantity units, negative when sold
     */
    record Leg(
            long tradeId,
            int legIndex,
            String contract,
            String side,
            int quantity,
            BigDecimal entryPrice,
            String priceBasis,
            Double mid,
            Double close,
            String unpricedReason,
            BigDecimal gross,
            BigDecimal grossAtMid,
            BigDecimal chargesBooked,
            BigDecimal exitCosts,
            BigDecimal net) {}

    /** The performance of a group of strategies (all of them, or one key of a breakdown). */
    record Group(
            String key,
            int strategies,
            int closed,
            int won,
            int lost,
            int open,
            Double winRate,
            BigDecimal realizedGross,
            BigDecimal realizedNet,
            BigDecimal charges,
            BigDecimal unrealizedGross,
            BigDecimal unrealizedNet,
            int unpriced,
            Double averageHoldingDays,
            Double averageOpenDays,
            Double profitFactor,
            BigDecimal averageWin,
            BigDecimal averageLoss,
            BigDecimal expectancy,
            BigDecimal largestWin,
            BigDecimal largestLoss) {}

    /** Returns the document of {@code report}. */
    static Document document(StatusReport report, String market, String view, Instant generatedAt) {
        List<Position> positions = report.positions().stream()
                .map(p -> position(
                        p,
                        report.outcomes().stream()
                                .filter(o ->
                                        o.strategy().id().equals(p.strategy().id()))
                                .findFirst()
                                .orElseThrow()))
                .toList();
        Performance perf = report.performance();
        return new Document(
                generatedAt.toString(),
                report.asOf().toString(),
                market,
                view,
                report.strategies().stream().map(StatusJson::strategy).toList(),
                positions,
                group(perf.total()),
                groups(perf.byStrategyType()),
                groups(perf.byIndustry()),
                groups(perf.byConviction()),
                groups(perf.bySymbol()),
                groups(perf.byExitMonth()),
                rupees(perf.maxDrawdown()));
    }

    private static Strategy strategy(TrackedStrategy s) {
        Optional<StatusEntry> e = s.entry();
        return new Strategy(
                s.id().value(),
                s.symbol(),
                s.strategyName(),
                s.industry(),
                s.conviction().name(),
                s.tradeDate().toString(),
                e.map(x -> x.status().display()).orElse(null),
                e.filter(x -> x.status() == StrategyStatus.ALLOCATED).isPresent(),
                e.map(StatusEntry::lotsOrOne).orElse(null),
                e.map(StatusEntry::message).orElse(""),
                e.map(x -> x.since().toString()).orElse(null));
    }

    private static Position position(StrategyPosition p, StrategyOutcome outcome) {
        return new Position(
                p.strategy().id().value(),
                p.strategy().symbol(),
                p.strategy().strategyName(),
                outcome.entryDate().toString(),
                outcome.holdingDays(),
                p.priced(),
                rupees(p.grossAtExecutable()),
                rupees(p.grossAtMid()),
                rupees(p.chargesBooked()),
                rupees(p.exitCosts()),
                rupees(p.net()),
                p.legs().stream().map(StatusJson::leg).toList());
    }

    private static Leg leg(LegValuation v) {
        String basis;
        Double mid;
        Double close;
        String unpriced;
        switch (v.price()) {
            case CurrentPrice.Quoted q -> {
                basis = q.basis().name();
                mid = q.mid();
                close = q.executable();
                unpriced = null;
            }
            case CurrentPrice.Settled s -> {
                basis = "SETTLEMENT";
                mid = s.value();
                close = s.value();
                unpriced = null;
            }
            case CurrentPrice.Unavailable u -> {
                basis = null;
                mid = null;
                close = null;
                unpriced = u.reason();
            }
        }
        return new Leg(
                v.leg().tradeId(),
                v.leg().legIndex(),
                v.leg().contract().displayName(),
                v.leg().side().name(),
                v.leg().side() == Side.BUY ? v.leg().quantity() : -v.leg().quantity(),
                rupees(v.leg().entryPrice()),
                basis,
                mid,
                close,
                unpriced,
                rupees(v.grossAtExecutable()),
                rupees(v.grossAtMid()),
                rupees(v.leg().charges()),
                rupees(v.exitCosts()),
                rupees(v.net()));
    }

    private static List<Group> groups(List<PerformanceGroup> groups) {
        return groups.stream().map(StatusJson::group).toList();
    }

    private static Group group(PerformanceGroup g) {
        return new Group(
                g.key(),
                g.strategies(),
                g.closed(),
                g.won(),
                g.lost(),
                g.open(),
                number(g.winRate()),
                rupees(g.realizedGross()),
                rupees(g.realizedNet()),
                rupees(g.charges()),
                rupees(g.unrealizedGross()),
                rupees(g.unrealizedNet()),
                g.unpriced(),
                number(g.averageHoldingDays()),
                number(g.averageOpenDays()),
                number(g.profitFactor()),
                rupees(g.averageWin()),
                rupees(g.averageLoss()),
                rupees(g.expectancy()),
                rupees(g.largestWin()),
                rupees(g.largestLoss()));
    }

    private static BigDecimal rupees(Money amount) {
        return BigDecimal.valueOf(amount.paise(), 2);
    }

    private static BigDecimal rupees(Optional<Money> amount) {
        return amount.map(StatusJson::rupees).orElse(null);
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
