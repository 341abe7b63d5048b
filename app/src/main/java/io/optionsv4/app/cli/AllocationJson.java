package io.optionsv4.app.cli;

import io.optionsv4.core.allocation.AllocatedPosition;
import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.DeploymentShortfall;
import io.optionsv4.core.allocation.Exclusion;
import io.optionsv4.core.allocation.IndustryTotal;
import io.optionsv4.core.allocation.ScenarioCell;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.engine.allocation.AllocationRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The allocation results document ({@code docs/schema/allocation.schema.json}): snake_case, rupees as numbers,
 * fractions as decimals. Written to {@code results/options_portfolio_allocation_YYYYMMDD_HHMMSS.json} and printed by
 * {@code --json}.
 */
final class AllocationJson {

    private AllocationJson() {}

    /**
     * The document.
     *
     * @param allocationId the stored allocation's id, null for a dry run
     * @param belowBandReason why the deployment is below the band, null when it is not
     * @param exclusionCounts candidates left out per reason, by reason name
     */
    record Document(
            String generatedAt,
            String analysisDate,
            Long allocationId,
            String riskProfile,
            String marketState,
            double capital,
            double optionsBudget,
            double totalMargin,
            double deployment,
            String belowBandReason,
            double expectedNetPnl,
            double expectedMonthlyReturn,
            double monthlyReturnTarget,
            double expectedSharpe,
            Greeks greeks,
            List<String> fallbackSteps,
            List<Position> positions,
            List<Industry> industries,
            Map<String, Integer> exclusionCounts,
            List<ExclusionJson> exclusions,
            List<Cell> scenarios,
            List<String> warnings) {}

    /** The portfolio's NIFTY delta per 1 % and vega per vol point against their limits. */
    record Greeks(double deltaPerPct, double deltaLimit, double vegaPerVolPoint, double vegaLimit) {}

    /** One strategy sized. */
    record Position(
            long strategyId,
            String symbol,
            String strategy,
            String industry,
            String conviction,
            String tier,
            int lots,
            double capitalPerLot,
            double capital,
            double planPop,
            double expectedNetPnl,
            double expectedNetReturn,
            double kellyFraction,
            double beta) {}

    /** One industry's budget and use. */
    record Industry(
            String industry,
            double weightPercent,
            double budget,
            double capital,
            int positions,
            double expectedNetPnl) {}

    /** A candidate left out and why. */
    record ExclusionJson(long strategyId, String reason, String detail) {}

    /** One cell of the scenario grid. */
    record Cell(double niftyMove, double ivShiftPoints, int daysAhead, double pnl) {}

    /** Returns the document of {@code run}; {@code allocationId} is empty for a dry run. */
    static Document document(AllocationRun run, Optional<Long> allocationId, Instant generatedAt) {
        Allocation a = run.allocation();
        Map<String, Integer> counts = new TreeMap<>();
        a.exclusions().forEach(e -> counts.merge(e.reason().name(), 1, Integer::sum));
        return new Document(
                generatedAt.toString(),
                run.analysisDate().toString(),
                allocationId.orElse(null),
                run.request().profile().name(),
                run.request().marketState().name(),
                run.request().capital(),
                a.optionsBudget(),
                a.totalMargin(),
                a.deployment(),
                DeploymentShortfall.below(a, AllocationReport.FLOOR).orElse(null),
                a.expectedNetPnl(),
                a.expectedMonthlyReturn(),
                a.monthlyReturnTarget(),
                a.expectedSharpe(),
                new Greeks(
                        a.greeks().niftyDelta(),
                        a.greeks().niftyDeltaLimit(),
                        a.greeks().vega(),
                        a.greeks().vegaLimit()),
                a.fallbackSteps().stream().map(Enum::name).toList(),
                a.positions().stream()
                        .map(p -> position(p, run.strategies().get(p.candidate().id())))
                        .toList(),
                a.industries().stream().map(AllocationJson::industry).toList(),
                counts,
                a.exclusions().stream().map(AllocationJson::exclusion).toList(),
                a.scenarios().cells().stream().map(AllocationJson::cell).toList(),
                run.warnings());
    }

    private static Position position(AllocatedPosition p, StoredStrategy s) {
        return new Position(
                p.candidate().id().value(),
                p.candidate().symbol(),
                s.strategyName(),
                p.candidate().industry(),
                p.candidate().conviction().name(),
                p.tier().name(),
                p.lots(),
                p.candidate().capitalPerLot(),
                p.capitalUsed(),
                p.candidate().outcomes().targetProbability(),
                p.expectedNetPnl(),
                p.expectedNetReturn(),
                p.kellyFraction(),
                p.candidate().exposure().betaToNifty());
    }

    private static Industry industry(IndustryTotal i) {
        return new Industry(
                i.industry(), i.weightPercent(), i.budget(), i.capitalUsed(), i.positions(), i.expectedNetPnl());
    }

    private static ExclusionJson exclusion(Exclusion e) {
        return new ExclusionJson(e.candidate().id().value(), e.reason().name(), e.detail());
    }

    private static Cell cell(ScenarioCell c) {
        return new Cell(c.niftyMove(), c.volShiftPoints(), c.daysForward(), c.pnl());
    }
}
