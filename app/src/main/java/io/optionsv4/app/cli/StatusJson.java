package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.CurrentPrice;
import io.optionsv4.core.portfolio.LegValuation;
import io.optionsv4.core.portfolio.Performance;
import io.optionsv4.core.portfolio.PerformanceGroup;
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
 * and P&amp;L are exact rupees (two decimals); current prices are rupees per unit as the market data gave them.
 */
final class StatusJson {

    private StatusJson() {}

    /** Returns the document of {@code report}. */
    static ObjectNode document(StatusReport report, String market, String view, Instant generatedAt) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("generated_at", generatedAt.toString());
        root.put("as_of", report.asOf().toString());
        root.put("market", market);
        root.put("view", view);
        ArrayNode strategies = root.putArray("strategies");
        report.strategies().forEach(s -> strategy(strategies.addObject(), s));
        ArrayNode positions = root.putArray("positions");
        for (StrategyPosition p : report.positions()) {
            StrategyOutcome outcome = report.outcomes().stream()
                    .filter(o -> o.strategy().id().equals(p.strategy().id()))
                    .findFirst()
                    .orElseThrow();
            position(positions.addObject(), p, outcome);
        }
        Performance perf = report.performance();
        group(root.putObject("summary"), perf.total());
        groups(root.putArray("by_strategy_type"), perf.byStrategyType());
        groups(root.putArray("by_industry"), perf.byIndustry());
        groups(root.putArray("by_conviction"), perf.byConviction());
        groups(root.putArray("by_symbol"), perf.bySymbol());
        groups(root.putArray("by_exit_month"), perf.byExitMonth());
        money(root, "max_drawdown", perf.maxDrawdown());
        return root;
    }

    private static void strategy(ObjectNode n, TrackedStrategy s) {
        n.put("strategy_id", s.id().value());
        n.put("symbol", s.symbol());
        n.put("strategy", s.strategyName());
        n.put("industry", s.industry());
        n.put("conviction", s.conviction().name());
        n.put("analysis_date", s.tradeDate().toString());
        s.entry()
                .ifPresentOrElse(
                        e -> {
                            n.put("status", e.status().display());
                            n.put("allocated", e.status() == StrategyStatus.ALLOCATED);
                            n.put("lots", e.lotsOrOne());
                            n.put("message", e.message());
                            n.put("since", e.since().toString());
                        },
                        () -> {
                            n.putNull("status");
                            n.put("allocated", false);
                            n.putNull("lots");
                            n.put("message", "");
                            n.putNull("since");
                        });
    }

    private static void position(ObjectNode n, StrategyPosition p, StrategyOutcome outcome) {
        n.put("strategy_id", p.strategy().id().value());
        n.put("symbol", p.strategy().symbol());
        n.put("strategy", p.strategy().strategyName());
        n.put("entry_date", outcome.entryDate().toString());
        n.put("holding_days", outcome.holdingDays());
        n.put("priced", p.priced());
        money(n, "gross", p.grossAtExecutable());
        money(n, "gross_at_mid", p.grossAtMid());
        money(n, "charges_booked", p.chargesBooked());
        money(n, "exit_costs", p.exitCosts());
        money(n, "net", p.net());
        ArrayNode legs = n.putArray("legs");
        p.legs().forEach(v -> leg(legs.addObject(), v));
    }

    private static void leg(ObjectNode n, LegValuation v) {
        n.put("trade_id", v.leg().tradeId());
        n.put("leg_index", v.leg().legIndex());
        n.put("contract", v.leg().contract().displayName());
        n.put("side", v.leg().side().name());
        n.put(
                "quantity",
                v.leg().side() == Side.BUY ? v.leg().quantity() : -v.leg().quantity());
        money(n, "entry_price", v.leg().entryPrice());
        switch (v.price()) {
            case CurrentPrice.Quoted q -> prices(n, q.basis().name(), q.mid(), q.executable(), null);
            case CurrentPrice.Settled s -> prices(n, "SETTLEMENT", s.value(), s.value(), null);
            case CurrentPrice.Unavailable u -> prices(n, null, Double.NaN, Double.NaN, u.reason());
        }
        money(n, "gross", v.grossAtExecutable());
        money(n, "gross_at_mid", v.grossAtMid());
        money(n, "charges_booked", v.leg().charges());
        money(n, "exit_costs", v.exitCosts());
        money(n, "net", v.net());
    }

    private static void prices(ObjectNode n, String basis, double mid, double close, String unpriced) {
        if (basis == null) {
            n.putNull("price_basis");
            n.putNull("mid");
            n.putNull("close");
        } else {
            n.put("price_basis", basis);
            n.put("mid", mid);
            n.put("close", close);
        }
        if (unpriced == null) {
            n.putNull("unpriced_reason");
        } else {
            n.put("unpriced_reason", unpriced);
        }
    }

    private static void groups(ArrayNode array, List<PerformanceGroup> groups) {
        groups.forEach(g -> group(array.addObject(), g));
    }

    private static void group(ObjectNode n, PerformanceGroup g) {
        n.put("key", g.key());
        n.put("strategies", g.strategies());
        n.put("closed", g.closed());
        n.put("won", g.won());
        n.put("lost", g.lost());
        n.put("open", g.open());
        number(n, "win_rate", g.winRate());
        money(n, "realized_gross", g.realizedGross());
        money(n, "realized_net", g.realizedNet());
        money(n, "charges", g.charges());
        money(n, "unrealized_gross", g.unrealizedGross());
        money(n, "unrealized_net", g.unrealizedNet());
        n.put("unpriced", g.unpriced());
        number(n, "average_holding_days", g.averageHoldingDays());
        number(n, "average_open_days", g.averageOpenDays());
        number(n, "profit_factor", g.profitFactor());
        money(n, "average_win", g.averageWin());
        money(n, "average_loss", g.averageLoss());
        money(n, "expectancy", g.expectancy());
        money(n, "largest_win", g.largestWin());
        money(n, "largest_loss", g.largestLoss());
    }

    private static void money(ObjectNode n, String field, Money amount) {
        n.put(field, BigDecimal.valueOf(amount.paise(), 2));
    }

    private static void money(ObjectNode n, String field, Optional<Money> amount) {
        amount.ifPresentOrElse(a -> money(n, field, a), () -> n.putNull(field));
    }

    private static void number(ObjectNode n, String field, OptionalDouble value) {
        if (value.isPresent()) {
            n.put(field, value.getAsDouble());
        } else {
            n.putNull(field);
        }
    }
}
