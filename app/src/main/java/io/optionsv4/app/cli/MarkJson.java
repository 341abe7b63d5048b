package io.optionsv4.app.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.engine.portfolio.MarkOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The {@code mark --json} document ({@code docs/schema/mark.schema.json}): the listed strategies in rank order, and
 * what was done to each strategy marked, skipped, unmarked or refused. An allocated strategy has status {@code MARKED}
 * and {@code allocated: true}. Rupees as exact numbers (two decimals), fractions as decimals; a figure not known is an
 * explicit null.
 */
final class MarkJson {

    private MarkJson() {}

    /** The document; {@code analysisDate} is null when there is no analysis. */
    record Document(
            String generatedAt, String analysisDate, String action, List<Listed> strategies, List<Outcome> outcomes) {}

    /** A strategy as listed and as acted on. */
    record Row(
            long strategyId,
            String symbol,
            String strategy,
            String conviction,
            double score,
            BigDecimal netEv,
            double pop,
            BigDecimal margin,
            String status,
            boolean allocated,
            Integer lots) {}

    /** A listed strategy and its rank, 1 the best. */
    record Listed(@JsonUnwrapped Row row, int rank) {}

    /** What was done to a strategy, and why. */
    record Outcome(@JsonUnwrapped Row row, String result, String detail) {}

    /** Returns the document of an action on the analysis of {@code date}. */
    static Document document(
            String action,
            Optional<LocalDate> date,
            List<RecentStrategy> listed,
            List<MarkOutcome> outcomes,
            Instant generatedAt) {
        return new Document(
                generatedAt.toString(),
                date.map(LocalDate::toString).orElse(null),
                action,
                IntStream.range(0, listed.size())
                        .mapToObj(i -> new Listed(row(listed.get(i)), i + 1))
                        .toList(),
                outcomes.stream()
                        .map(o -> new Outcome(row(o.strategy()), o.result().name(), o.detail()))
                        .toList());
    }

    private static Row row(RecentStrategy s) {
        return new Row(
                s.id().value(),
                s.symbol(),
                s.strategyName(),
                s.conviction().name(),
                s.totalScore(),
                rupees(s.netExpectedValue()),
                s.probabilityOfProfit(),
                rupees(s.margin()),
                s.status().map(StrategyStatus::display).orElse(null),
                s.status().filter(st -> st == StrategyStatus.ALLOCATED).isPresent(),
                s.entry().map(e -> e.lotsOrOne()).orElse(null));
    }

    private static BigDecimal rupees(Optional<Money> amount) {
        return amount.map(a -> BigDecimal.valueOf(a.paise(), 2)).orElse(null);
    }
}
