package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitPlanner;
import io.optionsv4.core.exit.PlanCosts;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.exit.PlanSimulator;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.PlanAssessor;
import io.optionsv4.core.selection.PlanFigures;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyRanker;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The trade plans of one symbol's candidates, made before ranking (issue 13, item 6): for each candidate that passes
 * the filter, the exit plan and its plan-aware probabilities under the volatility forecast, kept so the strategies
 * finally shown carry the very plan they were ranked on. Plans are simulated net of the costs {@code costs} gives
 * each candidate, and the capital required is the margin blocked ({@link PlanFigures#capital}). One instance per
 * symbol and run; not thread-safe.
 */
final class TradePlans implements PlanAssessor {

    /** A candidate's exit plan with what following it is expected to bring. */
    record Planned(ExitPlan plan, PlanProbabilities probabilities) {
        Planned {
            Checks.notNull(plan, "plan");
            Checks.notNull(probabilities, "probabilities");
        }
    }

    private final ExitPlanner planner;
    private final PlanSimulator simulator;
    private final RiskTolerance risk;
    private final UnderlyingAnalysis analysis;
    private final Function<Candidate, PlanCosts> costs;
    private final Map<Candidate, Planned> planned = new IdentityHashMap<>();

    /** Below this many candidates the plans are made on the calling thread (a fork costs more than it saves). */
    private static final int PARALLEL_FROM = 8;

    TradePlans(
            ExitPlanner planner,
            PlanSimulator simulator,
            RiskTolerance risk,
            UnderlyingAnalysis analysis,
            Function<Candidate, PlanCosts> costs) {
        this.costs = Checks.notNull(costs, "costs");
        this.planner = Checks.notNull(planner, "planner");
        this.simulator = Checks.notNull(simulator, "simulator");
        this.risk = Checks.notNull(risk, "risk");
        this.analysis = Checks.notNull(analysis, "analysis");
    }

    @Override
    public PlanFigures assess(Candidate candidate) {
        Planned p = planned(candidate);
        return new PlanFigures(
                p.probabilities().expectedPnl(), p.probabilities().profit(), PlanFigures.capital(candidate));
    }

    /**
     * Makes and simulates the plans of {@code candidates} not planned yet concurrently (a parallel stream: the common
     * pool and the calling thread), then returns their figures in order. Each plan depends on its candidate alone
     * (the simulator's paths come from its fixed seed), so the figures are those of one by one; the plans are kept in
     * the candidates' order.
     */
    @Override
    public List<PlanFigures> assessAll(List<Candidate> candidates) {
        List<Candidate> fresh =
                candidates.stream().filter(c -> !planned.containsKey(c)).toList();
        List<Planned> made = fresh.size() < PARALLEL_FROM
                ? fresh.stream().map(this::plan).toList()
                : fresh.parallelStream().map(this::plan).toList();
        for (int i = 0; i < fresh.size(); i++) {
            planned.put(fresh.get(i), made.get(i));
        }
        return candidates.stream().map(this::assess).toList();
    }

    private Planned plan(Candidate c) {
        ExitPlan plan = planner.plan(c, risk);
        return new Planned(plan, simulator.simulate(c, plan, costs.apply(c), forecastRatio(c)));
    }

    /** Returns the plan of {@code candidate}, made and simulated on first use. */
    Planned planned(Candidate candidate) {
        return planned.computeIfAbsent(candidate, this::plan);
    }

    /**
     * Returns the forecast of realised over implied volatility the plan is simulated with: the ranking's forecast
     * ({@code StrategyRanker.REALIZED_WEIGHT} of the 20-day realised volatility, the rest the ATM IV) over the ATM IV
     * of the candidate's expiry; 1 without either.
     */
    private double forecastRatio(Candidate candidate) {
        double atm = candidate.atmVolatility();
        if (!(analysis.iv() instanceof IvAssessment iv)
                || !(atm > 0)
                || !(iv.realizedVolatility().orElse(0) > 0)) {
            return 1.0;
        }
        double w = StrategyRanker.REALIZED_WEIGHT;
        return ((1 - w) * atm + w * iv.realizedVolatility().getAsDouble()) / atm;
    }
}
