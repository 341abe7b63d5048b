package io.optionsv4.app.cli;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.engine.execution.Check;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionReport;
import io.optionsv4.engine.execution.LegTicket;
import io.optionsv4.engine.execution.StrategyPreview;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code execute --json} document ({@code docs/schema/execute.schema.json}): the broker in use, the market data,
 * and per strategy its legs as they would be sent, the basket margin, the charges, every pre-trade check, and after
 * {@code --execute} its result and orders. Amounts in rupees, exact to the paisa.
 */
final class ExecuteJson {

    private ExecuteJson() {}

    /**
     * The document.
     *
     * @param generatedAt when it was made, ISO-8601
     * @param mode {@code preview} or {@code execute}
     * @param broker the broker's name
     * @param brokerDescription the broker in words
     * @param live whether orders move real money
     * @param marketData the market data in words
     * @param asOf the trading day of the quotes, {@code YYYY-MM-DD}
     * @param resumed executions found in flight and driven on first (execute only)
     * @param strategies the strategies asked for
     */
    record Document(
            String generatedAt,
            String mode,
            String broker,
            String brokerDescription,
            boolean live,
            String marketData,
            String asOf,
            List<StrategyJson> resumed,
            List<StrategyJson> strategies) {}

    /**
     * One strategy.
     *
     * @param strategyId the stored strategy's id
     * @param symbol the underlying
     * @param strategyName the strategy
     * @param status its status when read
     * @param lots strategy lots
     * @param attempt the attempt it runs (or would run) as; 0 when it did not start
     * @param passed whether every pre-trade check passed; null for a resumed execution
     * @param result what became of it (execute only)
     * @param reason why it failed, stopped or was not sent
     * @param legs the legs in sending order (buys first)
     * @param margin the broker's basket margin, null when not known
     * @param netPremium premium received less premium paid at the first limits, null without a preview
     * @param charges the entry orders' contract-note charges at the first limits, null without a preview
     * @param checks the pre-trade checks
     * @param orders the orders (execute only)
     */
    record StrategyJson(
            long strategyId,
            String symbol,
            String strategyName,
            String status,
            int lots,
            int attempt,
            Boolean passed,
            String result,
            String reason,
            List<LegJson> legs,
            BigDecimal margin,
            BigDecimal netPremium,
            BigDecimal charges,
            List<CheckJson> checks,
            List<OrderJson> orders) {}

    /**
     * One leg as it would be sent.
     *
     * @param legIndex the leg's index
     * @param side buy or sell
     * @param contract the contract in words
     * @param lots lots
     * @param lotSize units per lot, 0 when unknown
     * @param quantity units
     * @param bid the quote's bid, null without a quote
     * @param ask the quote's ask, null without a quote
     * @param quoteSource {@code BOOK} or {@code MODEL}, null without a quote
     * @param limit the first limit (the touch), null without a usable quote
     * @param farthestLimit the farthest limit of the price chase, null without a usable quote
     */
    record LegJson(
            int legIndex,
            String side,
            String contract,
            int lots,
            int lotSize,
            int quantity,
            BigDecimal bid,
            BigDecimal ask,
            String quoteSource,
            BigDecimal limit,
            BigDecimal farthestLimit) {}

    /**
     * One check.
     *
     * @param name what was checked
     * @param verdict {@code PASS}, {@code FAIL} or {@code WAIVED}
     * @param detail the figures behind it
     */
    record CheckJson(String name, String verdict, String detail) {}

    /**
     * One order.
     *
     * @param correlationId its tag
     * @param legIndex its leg
     * @param purpose {@code ENTRY} or {@code UNWIND}
     * @param side buy or sell
     * @param contract the contract in words
     * @param quantity units ordered
     * @param state where it is
     * @param filledQuantity units traded
     * @param averagePrice the average fill price, null when nothing traded
     * @param limit the last limit
     * @param chaseStep how often the limit was moved
     * @param brokerOrderId the broker's id, null before the broker answered
     * @param reason the broker's reason, empty when none
     */
    record OrderJson(
            String correlationId,
            int legIndex,
            String purpose,
            String side,
            String contract,
            int quantity,
            String state,
            int filledQuantity,
            BigDecimal averagePrice,
            BigDecimal limit,
            int chaseStep,
            String brokerOrderId,
            String reason) {}

    /** Returns the preview of {@code previews}. */
    static List<StrategyJson> previews(List<StrategyPreview> previews) {
        return previews.stream()
                .map(p -> strategy(p.strategy(), p.attempt(), Optional.of(p), null, "", List.of()))
                .toList();
    }

    /** Returns the outcomes of {@code report}: resumed first, then the strategies asked for. */
    static List<StrategyJson> outcomes(List<ExecutionOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> strategy(
                        o.strategy(), o.attempt(), o.preview(), o.result().name(), o.reason(), o.orders()))
                .toList();
    }

    /** Returns the whole document of an execute run. */
    static Document executed(Instant now, ExecutionReport report, String describe, String data, LocalDate asOf) {
        return new Document(
                now.toString(),
                "execute",
                report.broker(),
                describe,
                report.live(),
                data,
                asOf.toString(),
                outcomes(report.resumed()),
                outcomes(report.outcomes()));
    }

    private static StrategyJson strategy(
            MarkedStrategy s,
            int attempt,
            Optional<StrategyPreview> p,
            String result,
            String reason,
            List<OrderRecord> orders) {
        return new StrategyJson(
                s.strategyId(),
                s.symbol(),
                s.strategyName(),
                s.status(),
                s.lots(),
                attempt,
                p.map(StrategyPreview::passed).orElse(null),
                result,
                reason,
                p.map(x -> x.legs().stream().map(ExecuteJson::leg).toList()).orElse(List.of()),
                p.flatMap(StrategyPreview::margin).map(ExecuteJson::rupees).orElse(null),
                p.map(x -> rupees(x.netPremium())).orElse(null),
                p.map(x -> rupees(x.charges())).orElse(null),
                p.map(x -> x.checks().stream().map(ExecuteJson::check).toList()).orElse(List.of()),
                orders.stream().map(ExecuteJson::order).toList());
    }

    private static LegJson leg(LegTicket l) {
        return new LegJson(
                l.leg().legIndex(),
                l.side().name(),
                l.instrument().displayName(),
                l.lots(),
                l.lotSize(),
                l.quantity(),
                l.quote().map(q -> rupees(q.bid())).orElse(null),
                l.quote().map(q -> rupees(q.ask())).orElse(null),
                l.quote().map(q -> q.source().name()).orElse(null),
                l.limit().map(ExecuteJson::rupees).orElse(null),
                l.farthest().map(ExecuteJson::rupees).orElse(null));
    }

    private static CheckJson check(Check c) {
        return new CheckJson(c.name(), c.verdict().name(), c.detail());
    }

    private static OrderJson order(OrderRecord o) {
        return new OrderJson(
                o.correlationId().value(),
                o.legIndex(),
                o.purpose().name(),
                o.request().side().name(),
                contract(o),
                o.request().quantity(),
                o.state().name(),
                o.filledQuantity(),
                o.averagePrice().map(ExecuteJson::rupees).orElse(null),
                rupees(o.limit()),
                o.chaseStep(),
                o.brokerOrderId().orElse(null),
                o.reason());
    }

    static String contract(OrderRecord o) {
        return o.request().instrument() instanceof OptionInstrument i
                ? i.displayName()
                : o.request().instrument().displayName();
    }

    static BigDecimal rupees(Money m) {
        return BigDecimal.valueOf(m.paise(), 2);
    }
}
