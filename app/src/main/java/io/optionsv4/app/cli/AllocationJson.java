package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.allocation.AllocatedPosition;
import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.DeploymentShortfall;
import io.optionsv4.core.allocation.Exclusion;
import io.optionsv4.core.allocation.IndustryTotal;
import io.optionsv4.core.allocation.ScenarioCell;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.engine.allocation.AllocationRun;
import java.time.Instant;
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

    /** Returns the document of {@code run}; {@code allocationId} is empty for a dry run. */
    static ObjectNode document(AllocationRun run, Optional<Long> allocationId, Instant generatedAt) {
        Allocation a = run.allocation();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("generated_at", generatedAt.toString());
        root.put("analysis_date", run.analysisDate().toString());
        allocationId.ifPresentOrElse(id -> root.put("allocation_id", id), () -> root.putNull("allocation_id"));
        root.put("risk_profile", run.request().profile().name());
        root.put("market_state", run.request().marketState().name());
        root.put("capital", run.request().capital());
        root.put("options_budget", a.optionsBudget());
        root.put("total_margin", a.totalMargin());
        root.put("deployment", a.deployment());
        DeploymentShortfall.below(a, AllocationReport.FLOOR)
                .ifPresentOrElse(why -> root.put("below_band_reason", why), () -> root.putNull("below_band_reason"));
        root.put("expected_net_pnl", a.expectedNetPnl());
        root.put("expected_monthly_return", a.expectedMonthlyReturn());
        root.put("monthly_return_target", a.monthlyReturnTarget());
        root.put("expected_sharpe", a.expectedSharpe());
        ObjectNode greeks = root.putObject("greeks");
        greeks.put("delta_per_pct", a.greeks().niftyDelta());
        greeks.put("delta_limit", a.greeks().niftyDeltaLimit());
        greeks.put("vega_per_vol_point", a.greeks().vega());
        greeks.put("vega_limit", a.greeks().vegaLimit());
        ArrayNode steps = root.putArray("fallback_steps");
        a.fallbackSteps().forEach(s -> steps.add(s.name()));
        ArrayNode positions = root.putArray("positions");
        a.positions()
                .forEach(p -> position(
                        positions.addObject(),
                        p,
                        run.strategies().get(p.candidate().id())));
        ArrayNode industries = root.putArray("industries");
        a.industries().forEach(i -> industry(industries.addObject(), i));
        ObjectNode reasons = root.putObject("exclusion_counts");
        Map<String, Integer> counts = new TreeMap<>();
        a.exclusions().forEach(e -> counts.merge(e.reason().name(), 1, Integer::sum));
        counts.forEach(reasons::put);
        ArrayNode exclusions = root.putArray("exclusions");
        a.exclusions().forEach(e -> exclusion(exclusions.addObject(), e));
        ArrayNode grid = root.putArray("scenarios");
        a.scenarios().cells().forEach(c -> cell(grid.addObject(), c));
        ArrayNode warnings = root.putArray("warnings");
        run.warnings().forEach(warnings::add);
        return root;
    }

    private static void position(ObjectNode n, AllocatedPosition p, StoredStrategy s) {
        n.put("strategy_id", p.candidate().id().value());
        n.put("symbol", p.candidate().symbol());
        n.put("strategy", s.strategyName());
        n.put("industry", p.candidate().industry());
        n.put("conviction", p.candidate().conviction().name());
        n.put("tier", p.tier().name());
        n.put("lots", p.lots());
        n.put("capital_per_lot", p.candidate().capitalPerLot());
        n.put("capital", p.capitalUsed());
        n.put("plan_pop", p.candidate().outcomes().targetProbability());
        n.put("expected_net_pnl", p.expectedNetPnl());
        n.put("expected_net_return", p.expectedNetReturn());
        n.put("kelly_fraction", p.kellyFraction());
        n.put("beta", p.candidate().exposure().betaToNifty());
    }

    private static void industry(ObjectNode n, IndustryTotal i) {
        n.put("industry", i.industry());
        n.put("weight_percent", i.weightPercent());
        n.put("budget", i.budget());
        n.put("capital", i.capitalUsed());
        n.put("positions", i.positions());
        n.put("expected_net_pnl", i.expectedNetPnl());
    }

    private static void exclusion(ObjectNode n, Exclusion e) {
        n.put("strategy_id", e.candidate().id().value());
        n.put("reason", e.reason().name());
        n.put("detail", e.detail());
    }

    private static void cell(ObjectNode n, ScenarioCell c) {
        n.put("nifty_move", c.niftyMove());
        n.put("iv_shift_points", c.volShiftPoints());
        n.put("days_ahead", c.daysForward());
        n.put("pnl", c.pnl());
    }
}
