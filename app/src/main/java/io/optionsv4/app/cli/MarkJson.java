package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.engine.portfolio.MarkOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code mark --json} document ({@code docs/schema/mark.schema.json}): the listed strategies in rank order, and
 * what was done to each strategy marked, skipped, unmarked or refused. An allocated strategy has status {@code MARKED}
 * and {@code allocated: true}. Rupees as exact numbers (two decimals), fractions as decimals.
 */
final class MarkJson {

    private MarkJson() {}

    /** Returns the document of an action on the analysis of {@code date}. */
    static ObjectNode document(
            String action,
            Optional<LocalDate> date,
            List<RecentStrategy> listed,
            List<MarkOutcome> outcomes,
            Instant generatedAt) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("generated_at", generatedAt.toString());
        date.ifPresentOrElse(d -> root.put("analysis_date", d.toString()), () -> root.putNull("analysis_date"));
        root.put("action", action);
        ArrayNode strategies = root.putArray("strategies");
        for (int i = 0; i < listed.size(); i++) {
            ObjectNode n = strategy(strategies.addObject(), listed.get(i));
            n.put("rank", i + 1);
        }
        ArrayNode done = root.putArray("outcomes");
        for (MarkOutcome o : outcomes) {
            ObjectNode n = strategy(done.addObject(), o.strategy());
            n.put("result", o.result().name());
            n.put("detail", o.detail());
        }
        return root;
    }

    private static ObjectNode strategy(ObjectNode n, RecentStrategy s) {
        n.put("strategy_id", s.id().value());
        n.put("symbol", s.symbol());
        n.put("strategy", s.strategyName());
        n.put("conviction", s.conviction().name());
        n.put("score", s.totalScore());
        rupees(n, "net_ev", s.netExpectedValue());
        n.put("pop", s.probabilityOfProfit());
        rupees(n, "margin", s.margin());
        s.status().ifPresentOrElse(st -> n.put("status", st.display()), () -> n.putNull("status"));
        n.put(
                "allocated",
                s.status().filter(st -> st == StrategyStatus.ALLOCATED).isPresent());
        s.entry().ifPresentOrElse(e -> n.put("lots", e.lotsOrOne()), () -> n.putNull("lots"));
        return n;
    }

    private static void rupees(ObjectNode n, String field, Optional<Money> amount) {
        amount.ifPresentOrElse(a -> n.put(field, BigDecimal.valueOf(a.paise(), 2)), () -> n.putNull(field));
    }
}
