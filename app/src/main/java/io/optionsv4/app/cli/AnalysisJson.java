package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.KeyLevel;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.ComponentScore;
import io.optionsv4.core.selection.Rejection;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.RunSummary;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON document of an {@code analyze} run ({@code results/options_v4_analysis_YYYYMMDD_HHMMSS.json}, or standard
 * output with {@code --json}): run parameters, market conditions, summary, and per symbol the analysis, the ranked
 * strategies with legs, figures and exit plan, the strategies not kept, and the reason when there is none. Rupees are
 * rounded to the paisa, ratios kept as decimals (0.25 = 25 %); unlimited amounts are the string {@code "unlimited"}.
 * Each strategy's {@code model} holds the spot and volatilities of its figures unrounded.
 */
final class AnalysisJson {

    static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What the IV rank, percentile and environment say when there is too little IV history to rank against. */
    static final String UNAVAILABLE = "unavailable";

    private AnalysisJson() {}

    /** Returns the document of {@code run}. */
    static ObjectNode document(
            AnalysisRun run, CapitalSettings capital, String dataSource, int top, Instant generatedAt) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generated_at", generatedAt.toString());
        root.put("as_of", run.asOf().toString());
        root.put("data_source", dataSource);
        root.put("risk_tolerance", run.risk().label());
        root.put("top_per_symbol", top);
        ObjectNode limits = root.putObject("risk_limits");
        limits.put("min_probability_of_profit", capital.limits(run.risk()).minProbabilityOfProfit());
        limits.put("max_loss_per_trade", round(capital.maxLossPerTrade(run.risk()), 2));
        limits.put("options_capital", round(capital.optionsCapital(run.risk()), 2));
        limits.put("total_capital", round(capital.totalCapital(), 2));
        root.set("market_conditions", market(run.market(), run.indiaVix()));
        root.set("summary", summary(run));
        ArrayNode symbols = root.putArray("symbols");
        run.outcomes().forEach(o -> symbols.add(symbol(o)));
        ArrayNode warnings = root.putArray("warnings");
        run.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode market(MarketConditionsResult result, double indiaVix) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (result) {
            case MarketConditions m -> {
                node.put("state", m.state().name());
                node.put("state_name", m.state().displayName());
                node.put("confidence", round(m.confidence(), 4));
                node.put("nifty_direction", m.niftyTrend().direction().name());
                node.put("nifty_confidence", round(m.niftyTrend().confidence(), 4));
                node.put("nifty_close", round(m.niftyTrend().indicators().lastClose(), 2));
                node.put("india_vix", round(m.vix().level(), 2));
                node.put("vix_regime", m.vix().regime().name());
                m.vix().statistics().ifPresent(s -> node.put("vix_percentile", round(s.ivPercentile(), 4)));
                m.niftyPutCallRatio()
                        .ifPresent(p -> p.byOpenInterest().ifPresent(v -> node.put("nifty_pcr", round(v, 4))));
            }
            case MarketConditionsResult.Unavailable u -> {
                node.put("state", "UNAVAILABLE");
                node.put("india_vix", round(indiaVix, 2));
                ArrayNode missing = node.putArray("missing");
                u.missing().forEach(h -> missing.add(describe(h)));
            }
        }
        return node;
    }

    private static ObjectNode summary(AnalysisRun run) {
        RunSummary s = run.summary();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("total_symbols_analyzed", s.symbols());
        node.put("successful_analyses", s.withStrategies());
        node.put("success_rate", round(s.successRate(), 4));
        node.put("total_strategies_recommended", s.strategies());
        node.put("stored", run.stored());
        node.put("store_failures", s.storeFailures());
        node.put("elapsed_ms", run.elapsed().toMillis());
        ObjectNode byType = node.putObject("strategies_by_type");
        s.strategiesByType().forEach(byType::put);
        ObjectNode sentiment = node.putObject("market_sentiment_distribution");
        s.sentiment().forEach((d, n) -> sentiment.put(d.name().toLowerCase(Locale.ROOT), n));
        ObjectNode reasons = node.putObject("no_strategy_reasons");
        s.noStrategyReasons().forEach((r, n) -> reasons.put(r.name(), n));
        ObjectNode rejected = node.putObject("rejected_strategy_reasons");
        run.outcomes().stream()
                .flatMap(o -> o.rejections().stream())
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r.reason().name(), java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach(rejected::put);
        return node;
    }

    private static ObjectNode symbol(SymbolOutcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("symbol", outcome.symbol());
        switch (outcome) {
            case SymbolOutcome.Analysed a -> {
                node.put("status", "ANALYSED");
                node.set("analysis", analysis(a.underlying()));
                ArrayNode strategies = node.putArray("strategies");
                a.strategies().forEach(s -> strategies.add(strategy(s, a.underlying())));
                a.storeError().ifPresent(e -> node.put("store_error", e));
            }
            case SymbolOutcome.NoStrategy n -> {
                node.put("status", "NO_STRATEGY");
                node.put("reason", n.reason().name());
                node.put("reason_text", n.reason().label());
                node.put("detail", n.detail());
                n.underlying().ifPresent(u -> node.set("analysis", analysis(u)));
            }
        }
        ArrayNode rejections = node.putArray("rejected_strategies");
        for (Rejection r : outcome.rejections()) {
            ObjectNode rn = rejections.addObject();
            rn.put("strategy", r.strategyName());
            rn.put("reason", r.reason().name());
            rn.put("detail", r.detail());
        }
        return node;
    }

    private static ObjectNode analysis(UnderlyingAnalysis u) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("spot", round(u.levels().reference(), 2));
        node.put("basis", u.basis().name());
        ObjectNode trend = node.putObject("trend");
        switch (u.trend()) {
            case TrendAnalysis t -> {
                trend.put("direction", t.direction().name());
                trend.put("confidence", round(t.confidence(), 4));
                trend.put("score", round(t.score(), 4));
                ObjectNode votes = trend.putObject("votes");
                t.votes().forEach(v -> votes.put(v.name(), round(v.vote(), 4)));
            }
            case InsufficientHistory h -> trend.put("unavailable", describe(h));
        }
        ObjectNode iv = node.putObject("iv");
        switch (u.iv()) {
            case IvAssessment a -> {
                iv.put("atm_iv", round(a.current(), 4));
                iv.put("atm_iv_basis", a.usesRealizedFallback() ? "REALIZED_20D" : "CONSTANT_MATURITY_30D");
                iv.put("atm_iv_source", a.currentSource().name());
                iv.put("history_observations", a.historyObservations());
                if (a.statistics().isPresent()) {
                    IvStatistics s = a.statistics().get();
                    iv.put("iv_rank", round(s.ivRank(), 4));
                    iv.put("iv_percentile", round(s.ivPercentile(), 4));
                    iv.put("environment", s.environment().name());
                    a.meanReversion().ifPresent(m -> iv.put("mean_reversion", m.name()));
                } else {
                    iv.put("iv_rank", UNAVAILABLE);
                    iv.put("iv_percentile", UNAVAILABLE);
                    iv.put("environment", UNAVAILABLE);
                    iv.put("rank_warning", a.rankUnavailable().orElseThrow());
                }
                a.realizedVolatility().ifPresent(v -> iv.put("realized_volatility", round(v, 4)));
                a.skew25Delta().ifPresent(k -> iv.put("skew_25_delta", round(k, 4)));
            }
            case InsufficientHistory h -> iv.put("unavailable", describe(h));
        }
        u.termStructure().ifPresent(t -> node.put("term_structure", t.shape().name()));
        ObjectNode levels = node.putObject("levels");
        levels.set("supports", keyLevels(u.levels().supports()));
        levels.set("resistances", keyLevels(u.levels().resistances()));
        u.levels().maxPain().ifPresent(m -> levels.put("max_pain", round(m, 2)));
        u.levels().valueArea().ifPresent(v -> {
            levels.put("value_area_low", round(v.low(), 2));
            levels.put("point_of_control", round(v.pointOfControl(), 2));
            levels.put("value_area_high", round(v.high(), 2));
        });
        ObjectNode pcr = node.putObject("put_call_ratio");
        u.putCallRatio().byOpenInterest().ifPresent(p -> pcr.put("by_open_interest", round(p, 4)));
        u.putCallRatio().byVolume().ifPresent(p -> pcr.put("by_volume", round(p, 4)));
        ArrayNode moves = node.putArray("expected_moves");
        u.expectedMoves().forEach(m -> {
            ObjectNode mn = moves.addObject();
            mn.put("expiry", m.expiry().toString());
            mn.put("days", m.calendarDays());
            mn.put("atm_iv", round(m.atmIv(), 4));
            mn.put("one_sigma", round(m.oneSigma(), 2));
            mn.put("lower_1s", round(m.lower(1), 2));
            mn.put("upper_1s", round(m.upper(1), 2));
            mn.put("lower_2s", round(m.lower(2), 2));
            mn.put("upper_2s", round(m.upper(2), 2));
        });
        u.profile().ifPresent(p -> {
            ObjectNode pn = node.putObject("profile");
            pn.put("volatility_bucket", p.volatilityBucket().name());
            pn.put("liquidity_score", round(p.liquidityScore(), 4));
        });
        return node;
    }

    private static ArrayNode keyLevels(List<KeyLevel> levels) {
        ArrayNode array = MAPPER.createArrayNode();
        levels.forEach(l -> {
            ObjectNode n = array.addObject();
            n.put("price", round(l.price(), 2));
            n.put("strength", round(l.strength(), 3));
            n.put("source", l.source().name());
        });
        return array;
    }

    private static ObjectNode strategy(RankedStrategy s, UnderlyingAnalysis underlying) {
        Candidate c = s.ranked().candidate();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", s.rank());
        node.put("name", c.name());
        node.put("category", c.definition().metadata().category().name());
        node.put("directional_bias", c.definition().metadata().directionalBias().name());
        node.put("volatility_bias", c.definition().metadata().volatilityBias().name());
        node.put("lot_size", c.lotSize());
        node.put("days_to_expiry", c.daysToExpiry());
        ArrayNode legs = node.putArray("legs");
        for (CandidateLeg leg : c.legs()) {
            ObjectNode ln = legs.addObject();
            ln.put("symbol", c.symbol());
            ln.put("expiry", leg.expiry().toString());
            ln.put("strike", leg.strike());
            ln.put("right", leg.right().name());
            ln.put("side", leg.side().name());
            ln.put("lots", leg.lots());
            ln.put("quantity", (long) leg.lots() * c.lotSize());
            ln.put("premium", round(leg.premiumPerUnit(), 2));
            ln.put("premium_side", leg.side() == Side.BUY ? "ASK" : "BID");
            ln.put("reference_price", round(leg.referencePerUnit(), 2));
            ln.put("reference_source", leg.premiumSource().name());
            ln.put("bid", round(leg.price().bid(), 2));
            ln.put("ask", round(leg.price().ask(), 2));
            ln.put("price_source", leg.price().source().name());
            ln.put("iv", round(leg.impliedVolatility(), 4));
            ln.put("delta", round(leg.greeks().delta(), 4));
            ln.put("open_interest", leg.openInterest());
            ln.put("volume", leg.volume());
        }
        if (c.underlyingUnits() > 0) {
            ObjectNode ln = node.putObject("underlying_leg");
            ln.put("symbol", c.symbol());
            ln.put("side", "BUY");
            ln.put("quantity", c.underlyingUnits());
            ln.put("price", round(c.spot(), 2));
        }
        node.put("net_premium", round(c.netPremium(), 2));
        ObjectNode figures = node.putObject("figures");
        amount(figures, "max_profit", c.figures().maxProfit());
        amount(figures, "max_loss", c.figures().maxLoss());
        ArrayNode breakevens = figures.putArray("breakevens");
        c.figures().breakevens().forEach(b -> breakevens.add(round(b, 2)));
        figures.put("probability_of_profit", round(c.figures().probabilityOfProfit(), 4));
        figures.put("expected_value", round(c.figures().expectedValue(), 2));
        figures.put("prices", "EXECUTABLE");
        figures.put("basis", "GROSS");
        c.economics().ifPresent(e -> AnalysisEconomicsJson.write(node, e));
        node.set("reference", reference(c));
        node.set("model", model(c, underlying));
        ObjectNode greeks = node.putObject("greeks");
        greeks.put("delta", round(c.greeks().netDelta(), 4));
        greeks.put("gamma", round(c.greeks().netGamma(), 6));
        greeks.put("vega", round(c.greeks().netVega(), 2));
        greeks.put("theta", round(c.greeks().netTheta(), 2));
        ObjectNode scores = node.putObject("component_scores");
        for (ComponentScore score : s.ranked().componentScores()) {
            ObjectNode sn = scores.putObject(score.component());
            sn.put("score", round(score.score(), 2));
            sn.put("weight", round(score.weight(), 4));
        }
        node.put("total_score", round(s.ranked().totalScore(), 2));
        node.put("conviction", s.ranked().conviction().name());
        node.set("exit_plan", exitPlan(s.exitPlan(), s.recommendation().risk()));
        node.put("near_expiry_kind", s.nearExpiryKind().name());
        node.set("plan_probabilities", planProbabilities(s.planProbabilities(), s.planCostsIncluded()));
        return node;
    }

    /**
     * The plan-aware figures ({@code core.exit.PlanSimulator}): how following the exit plan ends and what it is
     * expected to make, beside the expiry PoP of {@code figures} (which holds to expiry).
     */
    private static ObjectNode planProbabilities(PlanProbabilities p, boolean costsIncluded) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("target_first", round(p.target(), 4));
        node.put("stop_first", round(p.stop(), 4));
        node.put("time_exit", round(p.time(), 4));
        node.put("plan_probability_of_profit", round(p.profit(), 4));
        node.put("expected_pnl_under_plan", round(p.expectedPnl(), 2));
        node.put("expected_pnl_standard_error", round(p.standardError(), 2));
        node.put("expected_trading_days_held", round(p.expectedHoldingDays(), 2));
        node.put("paths", p.paths());
        node.put("seed", p.seed());
        node.put("costs_included", costsIncluded);
        return node;
    }

    /** The net premium and figures at the legs' reference prices (mid, or close without a book). */
    private static ObjectNode reference(Candidate c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("net_premium", round(c.reference().netPremium(), 2));
        amount(node, "max_profit", c.reference().figures().maxProfit());
        amount(node, "max_loss", c.reference().figures().maxLoss());
        ArrayNode breakevens = node.putArray("breakevens");
        c.reference().figures().breakevens().forEach(b -> breakevens.add(round(b, 2)));
        node.put("probability_of_profit", round(c.reference().figures().probabilityOfProfit(), 4));
        node.put("expected_value", round(c.reference().figures().expectedValue(), 2));
        node.put("spread_cost", round(c.reference().netPremium() - c.netPremium(), 2));
        return node;
    }

    /**
     * The inputs of the model the figures were computed with that the chain does not give: the spot and the near
     * expiry's ATM volatility (and the far expiry's for calendars and diagonals) and the nodes of the near expiry's
     * fitted smile (when not flat), unrounded, so that a reader (and {@code payoff}) can recompute the PoP with the
     * near chain's rate, year fraction and forward, and the EV with each leg's own IV.
     */
    private static ObjectNode model(Candidate c, UnderlyingAnalysis underlying) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("spot", c.spot());
        node.put("volatility", c.atmVolatility());
        node.put("rate", c.model().rate());
        node.put("dividend", c.model().dividendYield());
        node.put("years_to_expiry", c.model().yearsToExpiry());
        node.put("near_expiry", c.nearExpiry().toString());
        if (!c.smile().isFlat()) {
            ObjectNode smile = node.putObject("smile");
            ArrayNode strikes = smile.putArray("strikes");
            ArrayNode vols = smile.putArray("vols");
            for (double k : c.smile().nodeStrikes()) {
                strikes.add(k);
            }
            for (double v : c.smile().nodeVols()) {
                vols.add(v);
            }
        }
        c.farExpiry().ifPresent(far -> {
            node.put("far_expiry", far.toString());
            underlying.expectedMoves().stream()
                    .filter(m -> m.expiry().equals(far))
                    .findFirst()
                    .ifPresent(m -> node.put("far_volatility", m.atmIv()));
        });
        return node;
    }

    private static ObjectNode exitPlan(ExitPlan plan, RiskManagement risk) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("profit_basis", plan.profitBasis().name());
        node.put("profit_target_fraction", round(plan.profitTargetFraction(), 4));
        ArrayNode targets = node.putArray("profit_targets");
        for (ExitPlan.ProfitTarget t : plan.profitTargets()) {
            ObjectNode tn = targets.addObject();
            tn.put("pnl", round(t.pnlRupees(), 2));
            tn.put("close_fraction", round(t.closeFraction(), 4));
            tn.put("description", t.description());
        }
        ObjectNode stop = node.putObject("stop_loss");
        stop.put("basis", plan.stopLoss().basis().name());
        stop.put("basis_rupees", round(plan.stopLoss().basisRupees(), 2));
        stop.put("multiple", round(plan.stopLoss().multiple(), 4));
        stop.put("pnl", round(plan.stopLoss().pnlTrigger(), 2));
        stop.put("description", plan.stopLoss().description());
        ObjectNode time = node.putObject("time_exit");
        time.put("dte", plan.timeExit().dte());
        time.put("date", plan.timeExit().date().toString());
        time.put("clamped_to_expiry", plan.timeExit().clamped());
        time.put("description", plan.timeExit().description());
        ArrayNode greeks = node.putArray("greek_triggers");
        for (ExitPlan.GreekTrigger g : plan.greekTriggers()) {
            ObjectNode gn = greeks.addObject();
            gn.put("greek", g.kind().name());
            gn.put("entry", round(g.entryValue(), 6));
            gn.put("limit", round(g.limit(), 6));
            gn.put("exit_fraction", round(g.exitFraction(), 4));
            gn.put("action", g.action());
        }
        ArrayNode adjustments = node.putArray("adjustments");
        for (ExitPlan.Adjustment a : plan.adjustments()) {
            ObjectNode an = adjustments.addObject();
            an.put("kind", a.kind().name());
            an.put("underlying_trigger", round(a.underlyingTrigger(), 2));
            an.put("crossing", a.crossing().name());
            an.put("condition", a.condition());
            an.put("suggestion", a.suggestion());
            ArrayNode names = an.putArray("strategies");
            a.strategies().forEach(names::add);
        }
        node.put("max_risk", round(risk.maxRiskRupees(), 2));
        return node;
    }

    private static void amount(ObjectNode node, String field, Amount amount) {
        switch (amount) {
            case Amount.Finite f -> node.put(field, round(f.rupees(), 2));
            case Amount.Unlimited u -> node.put(field, "unlimited");
        }
    }

    private static String describe(InsufficientHistory h) {
        return h.what() + " needs " + h.required() + ", has " + h.available();
    }

    static double round(double value, int digits) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value)
                .setScale(digits, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
