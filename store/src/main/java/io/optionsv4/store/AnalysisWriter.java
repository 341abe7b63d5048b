package io.optionsv4.store;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.ComponentScore;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.ExpectedMoveRange;
import io.optionsv4.core.selection.PriceLevel;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the child rows of newly inserted strategies, of one analysis or many, one prepared batch per table, inside
 * the caller's transaction.
 */
final class AnalysisWriter {

    private final Handle handle;
    private final String what;
    private final Map<Long, SymbolAnalysis> owners;

    /**
     * @param what what is being stored, for error messages
     * @param owners the analysis of every new strategy id
     */
    AnalysisWriter(Handle handle, String what, Map<Long, SymbolAnalysis> owners) {
        this.handle = handle;
        this.what = what;
        this.owners = owners;
    }

    /** Writes every child table for the recommendations in {@code fresh} (new strategy id to recommendation). */
    void writeChildren(Map<Long, StrategyRecommendation> fresh) {
        legs(fresh);
        parameters(fresh);
        perStrategy(fresh);
        exitLevels(fresh);
        componentScores(fresh);
        stockLevels(fresh);
    }

    private void legs(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO strategy_details (strategy_id, leg_index, side,"
                + " option_type, strike_price, expiry_date, lots, premium_per_unit, implied_volatility, delta, gamma,"
                + " vega, theta, rho) VALUES (:id, :i, :side, :right, :strike, :expiry, :lots, :premium, :iv, :delta,"
                + " :gamma, :vega, :theta, :rho)");
        fresh.forEach((id, r) -> {
            for (int i = 0; i < r.legs().size(); i++) {
                RecommendedLeg leg = r.legs().get(i);
                batch.bind("id", id)
                        .bind("i", i)
                        .bind("side", leg.side().name())
                        .bind("right", leg.right().name())
                        .bind("strike", leg.strike())
                        .bind("expiry", leg.expiry())
                        .bind("lots", leg.lots())
                        .bind("premium", leg.premiumPerUnit())
                        .bind("iv", leg.impliedVolatility())
                        .bind("delta", leg.greeks().delta())
                        .bind("gamma", leg.greeks().gamma())
                        .bind("vega", leg.greeks().vega())
                        .bind("theta", leg.greeks().theta())
                        .bind("rho", leg.greeks().rho())
                        .add();
            }
        });
        execute("strategy_details", batch);
    }

    private void parameters(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO strategy_parameters (strategy_id,"
                + " probability_of_profit, expected_value, max_profit, max_loss, breakevens)"
                + " VALUES (:id, :pop, :ev, :maxProfit, :maxLoss, :breakevens)");
        fresh.forEach((id, r) -> batch.bind("id", id)
                .bind("pop", r.figures().probabilityOfProfit())
                .bind("ev", r.figures().expectedValue())
                .bind("maxProfit", finiteOrNull(r.figures().maxProfit()))
                .bind("maxLoss", finiteOrNull(r.figures().maxLoss()))
                .bindArray("breakevens", Double.class, r.figures().breakevens())
                .add());
        execute("strategy_parameters", batch);
    }

    private void perStrategy(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch greeks = handle.prepareBatch("INSERT INTO strategy_greek_exposures (strategy_id, net_delta,"
                + " net_gamma, net_vega, net_theta) VALUES (:id, :delta, :gamma, :vega, :theta)");
        PreparedBatch risk = handle.prepareBatch("INSERT INTO strategy_risk_management (strategy_id, profit_target,"
                + " stop_loss, time_exit_dte, max_risk_rupees) VALUES (:id, :target, :stop, :dte, :maxRisk)");
        fresh.forEach((id, r) -> {
            greeks.bind("id", id)
                    .bind("delta", r.greekExposure().netDelta())
                    .bind("gamma", r.greekExposure().netGamma())
                    .bind("vega", r.greekExposure().netVega())
                    .bind("theta", r.greekExposure().netTheta())
                    .add();
            risk.bind("id", id)
                    .bind("target", r.risk().profitTarget())
                    .bind("stop", r.risk().stopLoss())
                    .bind("dte", r.risk().timeExitDte())
                    .bind("maxRisk", r.risk().maxRiskRupees())
                    .add();
        });
        execute("strategy_greek_exposures", greeks);
        execute("strategy_risk_management", risk);
    }

    private void exitLevels(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO strategy_exit_levels (strategy_id, level_index,"
                + " exit_kind, trigger_value, exit_fraction, description)"
                + " VALUES (:id, :i, :kind, :trigger, :fraction, :description)");
        fresh.forEach((id, r) -> {
            for (int i = 0; i < r.exitLevels().size(); i++) {
                ExitLevel level = r.exitLevels().get(i);
                batch.bind("id", id)
                        .bind("i", i)
                        .bind("kind", level.kind().name())
                        .bind("trigger", level.trigger())
                        .bind("fraction", level.exitFraction())
                        .bind("description", level.description())
                        .add();
            }
        });
        execute("strategy_exit_levels", batch);
    }

    private void componentScores(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO strategy_component_scores (strategy_id,"
                + " component_index, component, score, weight) VALUES (:id, :i, :component, :score, :weight)");
        fresh.forEach((id, r) -> {
            for (int i = 0; i < r.componentScores().size(); i++) {
                ComponentScore score = r.componentScores().get(i);
                batch.bind("id", id)
                        .bind("i", i)
                        .bind("component", score.component())
                        .bind("score", score.score())
                        .bind("weight", score.weight())
                        .add();
            }
        });
        execute("strategy_component_scores", batch);
    }

    private void stockLevels(Map<Long, StrategyRecommendation> fresh) {
        PreparedBatch market = handle.prepareBatch("INSERT INTO strategy_market_analysis (strategy_id, direction,"
                + " direction_confidence, trend_score, india_vix, put_call_ratio)"
                + " VALUES (:id, :direction, :confidence, :trend, :vix, :pcr)");
        PreparedBatch iv = handle.prepareBatch("INSERT INTO strategy_iv_analysis (strategy_id, atm_iv,"
                + " historical_volatility, iv_rank, iv_percentile, iv_environment)"
                + " VALUES (:id, :atmIv, :hv, :rank, :percentile, :environment)");
        PreparedBatch monitoring = handle.prepareBatch("INSERT INTO strategy_monitoring (strategy_id, max_pain,"
                + " value_area_low, point_of_control, value_area_high) VALUES (:id, :maxPain, :low, :poc, :high)");
        PreparedBatch levels = handle.prepareBatch("INSERT INTO strategy_price_levels (strategy_id, level_index,"
                + " level_type, price, strength) VALUES (:id, :i, :type, :price, :strength)");
        PreparedBatch moves = handle.prepareBatch("INSERT INTO strategy_expected_moves (strategy_id, horizon_days,"
                + " move, lower_bound, upper_bound) VALUES (:id, :days, :move, :lower, :upper)");
        for (Long id : fresh.keySet()) {
            SymbolAnalysis analysis = owners.get(id);
            market.bind("id", id)
                    .bind("direction", analysis.market().direction().name())
                    .bind("confidence", analysis.market().directionConfidence())
                    .bind("trend", analysis.market().trendScore())
                    .bind("vix", analysis.market().indiaVix())
                    .bind("pcr", analysis.market().putCallRatio())
                    .add();
            iv.bind("id", id)
                    .bind("atmIv", analysis.iv().atmIv())
                    .bind("hv", boxed(analysis.iv().historicalVolatility()))
                    .bind("rank", boxed(analysis.iv().ivRank()))
                    .bind("percentile", boxed(analysis.iv().ivPercentile()))
                    .bind(
                            "environment",
                            analysis.iv().environment().map(Enum::name).orElse(null))
                    .add();
            monitoring
                    .bind("id", id)
                    .bind("maxPain", analysis.levels().maxPain())
                    .bind("low", boxed(analysis.levels().valueAreaLow()))
                    .bind("poc", boxed(analysis.levels().pointOfControl()))
                    .bind("high", boxed(analysis.levels().valueAreaHigh()))
                    .add();
            addPriceLevels(levels, id, analysis.priceLevels());
            addMoves(moves, id, analysis.expectedMoves());
        }
        execute("strategy_market_analysis", market);
        execute("strategy_iv_analysis", iv);
        execute("strategy_monitoring", monitoring);
        execute("strategy_price_levels", levels);
        execute("strategy_expected_moves", moves);
    }

    private static void addPriceLevels(PreparedBatch batch, long id, List<PriceLevel> levels) {
        for (int i = 0; i < levels.size(); i++) {
            PriceLevel level = levels.get(i);
            batch.bind("id", id)
                    .bind("i", i)
                    .bind("type", level.type().name())
                    .bind("price", level.price())
                    .bind("strength", level.strength())
                    .add();
        }
    }

    private static void addMoves(PreparedBatch batch, long id, List<ExpectedMoveRange> moves) {
        for (ExpectedMoveRange move : moves) {
            batch.bind("id", id)
                    .bind("days", move.horizonDays())
                    .bind("move", move.move())
                    .bind("lower", move.lowerBound())
                    .bind("upper", move.upperBound())
                    .add();
        }
    }

    private void execute(String table, PreparedBatch batch) {
        if (batch.size() == 0) {
            return;
        }
        try {
            batch.execute();
        } catch (JdbiException e) {
            throw SqlErrors.wrap(what + " into " + table, e);
        }
    }

    private static Double finiteOrNull(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> f.rupees();
            case Amount.Unlimited u -> null;
        };
    }

    /** Returns the value, or null (SQL NULL) when absent. */
    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
