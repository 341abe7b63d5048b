package io.optionsv4.store;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.ComponentScore;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.ExpectedMoveRange;
import io.optionsv4.core.selection.GreekExposure;
import io.optionsv4.core.selection.IvAnalysis;
import io.optionsv4.core.selection.MarketAnalysis;
import io.optionsv4.core.selection.MarketLevels;
import io.optionsv4.core.selection.NetEconomics;
import io.optionsv4.core.selection.PriceLevel;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.core.strategy.DirectionalBias;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one stock's analysis of one day back into the core records, one query per table. */
final class AnalysisReader {

    private final Handle handle;

    AnalysisReader(Handle handle) {
        this.handle = handle;
    }

    /** Returns the analysis of {@code symbol} on {@code tradeDate}, or empty when nothing is stored. */
    Optional<SymbolAnalysis> read(String symbol, LocalDate tradeDate) {
        List<StrategyRow> strategies = handle.createQuery(
                        "SELECT id, strategy_name, spot_price, total_score, conviction, net_max_profit_paise,"
                                + " net_max_loss_paise, net_expected_value_paise, net_ev_paise,"
                                + " net_probability_of_profit, costs_total_paise, capital_required_paise"
                                + " FROM strategies WHERE symbol = :symbol AND trade_date = :date ORDER BY id")
                .bind("symbol", symbol)
                .bind("date", tradeDate)
                .map((rs, ctx) -> new StrategyRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDouble(3),
                        rs.getDouble(4),
                        rs.getString(5),
                        economics(rs)))
                .list();
        if (strategies.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = strategies.stream().map(StrategyRow::id).toList();
        long first = ids.get(0);
        Map<Long, List<RecommendedLeg>> legs = grouped(
                "SELECT * FROM strategy_details WHERE strategy_id = ANY(:ids) ORDER BY strategy_id, leg_index",
                ids,
                AnalysisReader::leg);
        Map<Long, StrategyFigures> figures = single("strategy_parameters", ids, AnalysisReader::figures);
        Map<Long, GreekExposure> greeks = single(
                "strategy_greek_exposures",
                ids,
                (rs, ctx) -> new GreekExposure(
                        rs.getDouble("net_delta"),
                        rs.getDouble("net_gamma"),
                        rs.getDouble("net_vega"),
                        rs.getDouble("net_theta")));
        Map<Long, RiskManagement> risk = single(
                "strategy_risk_management",
                ids,
                (rs, ctx) -> new RiskManagement(
                        rs.getDouble("profit_target"),
                        rs.getDouble("stop_loss"),
                        rs.getInt("time_exit_dte"),
                        rs.getDouble("max_risk_rupees")));
        Map<Long, List<ExitLevel>> exits = grouped(
                "SELECT * FROM strategy_exit_levels WHERE strategy_id = ANY(:ids) ORDER BY strategy_id, level_index",
                ids,
                (rs, ctx) -> new ExitLevel(
                        ExitLevel.Kind.valueOf(rs.getString("exit_kind")),
                        rs.getDouble("trigger_value"),
                        rs.getDouble("exit_fraction"),
                        rs.getString("description")));
        Map<Long, List<ComponentScore>> scores = grouped(
                "SELECT * FROM strategy_component_scores WHERE strategy_id = ANY(:ids)"
                        + " ORDER BY strategy_id, component_index",
                ids,
                (rs, ctx) ->
                        new ComponentScore(rs.getString("component"), rs.getDouble("score"), rs.getDouble("weight")));
        List<StrategyRecommendation> recommendations = new ArrayList<>();
        for (StrategyRow s : strategies) {
            recommendations.add(new StrategyRecommendation(
                    s.name(),
                    legs.getOrDefault(s.id(), List.of()),
                    figures.get(s.id()),
                    greeks.get(s.id()),
                    risk.get(s.id()),
                    exits.getOrDefault(s.id(), List.of()),
                    scores.getOrDefault(s.id(), List.of()),
                    s.totalScore(),
                    Conviction.valueOf(s.conviction()),
                    s.economics()));
        }
        return Optional.of(new SymbolAnalysis(
                symbol,
                tradeDate,
                strategies.get(0).spot(),
                single("strategy_market_analysis", List.of(first), AnalysisReader::market)
                        .get(first),
                single("strategy_iv_analysis", List.of(first), AnalysisReader::iv)
                        .get(first),
                single("strategy_monitoring", List.of(first), AnalysisReader::levels)
                        .get(first),
                grouped(
                                "SELECT * FROM strategy_price_levels WHERE strategy_id = ANY(:ids)"
                                        + " ORDER BY strategy_id, level_index",
                                List.of(first),
                                (rs, ctx) -> new PriceLevel(
                                        PriceLevel.Type.valueOf(rs.getString("level_type")),
                                        rs.getDouble("price"),
                                        rs.getDouble("strength")))
                        .getOrDefault(first, List.of()),
                grouped(
                                "SELECT * FROM strategy_expected_moves WHERE strategy_id = ANY(:ids)"
                                        + " ORDER BY strategy_id, horizon_days",
                                List.of(first),
                                (rs, ctx) -> new ExpectedMoveRange(
                                        rs.getInt("horizon_days"),
                                        rs.getDouble("move"),
                                        rs.getDouble("lower_bound"),
                                        rs.getDouble("upper_bound")))
                        .getOrDefault(first, List.of()),
                recommendations));
    }

    private <T> Map<Long, T> single(String table, List<Long> ids, RowMapper<T> mapper) {
        Map<Long, T> rows = new HashMap<>();
        handle.createQuery("SELECT * FROM " + table + " WHERE strategy_id = ANY(:ids)")
                .bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("strategy_id"), mapper.map(rs, ctx)))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    private <T> Map<Long, List<T>> grouped(String sql, List<Long> ids, RowMapper<T> mapper) {
        Map<Long, List<T>> rows = new HashMap<>();
        handle.createQuery(sql)
                .bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("strategy_id"), mapper.map(rs, ctx)))
                .forEach(e ->
                        rows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows;
    }

    static RecommendedLeg leg(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RecommendedLeg(
                Side.valueOf(rs.getString("side")),
                Right.valueOf(rs.getString("option_type")),
                rs.getDouble("strike_price"),
                rs.getObject("expiry_date", LocalDate.class),
                rs.getInt("lots"),
                rs.getDouble("premium_per_unit"),
                rs.getDouble("implied_volatility"),
                new OptionGreeks(
                        rs.getDouble("delta"),
                        rs.getDouble("gamma"),
                        rs.getDouble("vega"),
                        rs.getDouble("theta"),
                        rs.getDouble("rho")));
    }

    private static StrategyFigures figures(ResultSet rs, StatementContext ctx) throws SQLException {
        Array array = rs.getArray("breakevens");
        List<Double> breakevens = Arrays.asList((Double[]) array.getArray());
        return new StrategyFigures(
                amount(rs, "max_profit"),
                amount(rs, "max_loss"),
                breakevens,
                rs.getDouble("probability_of_profit"),
                rs.getDouble("expected_value"));
    }

    private static Amount amount(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Amount.UNLIMITED : Amount.of(value);
    }

    private static MarketAnalysis market(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MarketAnalysis(
                DirectionalBias.valueOf(rs.getString("direction")),
                rs.getDouble("direction_confidence"),
                rs.getDouble("trend_score"),
                rs.getDouble("india_vix"),
                rs.getDouble("put_call_ratio"));
    }

    private static IvAnalysis iv(ResultSet rs, StatementContext ctx) throws SQLException {
        double hv = rs.getDouble("historical_volatility");
        OptionalDouble historical = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(hv);
        String environment = rs.getString("iv_environment");
        if (environment == null) {
            return IvAnalysis.unranked(rs.getDouble("atm_iv"), historical);
        }
        return IvAnalysis.ranked(
                rs.getDouble("atm_iv"),
                historical,
                rs.getDouble("iv_rank"),
                rs.getDouble("iv_percentile"),
                IvEnvironment.valueOf(environment));
    }

    private static MarketLevels levels(ResultSet rs, StatementContext ctx) throws SQLException {
        double low = rs.getDouble("value_area_low");
        if (rs.wasNull()) {
            return MarketLevels.withoutValueArea(rs.getDouble("max_pain"));
        }
        return MarketLevels.of(
                rs.getDouble("max_pain"), low, rs.getDouble("point_of_control"), rs.getDouble("value_area_high"));
    }

    /** Reads the V5 trade economics columns of a strategy row; empty for rows stored before them. */
    private static Optional<NetEconomics> economics(java.sql.ResultSet rs) throws java.sql.SQLException {
        long capital = rs.getLong("capital_required_paise");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new NetEconomics(
                optionalPaise(rs, "net_max_profit_paise"),
                optionalPaise(rs, "net_max_loss_paise"),
                Money.ofPaise(rs.getLong("net_expected_value_paise")),
                Money.ofPaise(rs.getLong("net_ev_paise")),
                rs.getDouble("net_probability_of_profit"),
                Money.ofPaise(rs.getLong("costs_total_paise")),
                Money.ofPaise(capital)));
    }

    private static Optional<Money> optionalPaise(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long paise = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(paise));
    }

    private record StrategyRow(
            long id,
            String name,
            double spot,
            double totalScore,
            String conviction,
            Optional<NetEconomics> economics) {}
}
