package io.optionsv4.engine.testdata;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.store.JdbiExecutionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The invariants the fault harness holds every run to ({@link ExecutionFaults}). */
final class Invariants {

    private static final Set<List<String>> PATHS = Set.of(
            List.of("strategy.start", "strategy.entered"),
            List.of("strategy.start", "strategy.failed"),
            List.of("strategy.start", "strategy.unwinding", "strategy.unwound"));

    private final Jdbi jdbi;
    private final JdbiExecutionStore store;
    private final PaperBroker paper;
    private final Map<CorrelationId, Integer> placements;

    Invariants(Jdbi jdbi, JdbiExecutionStore store, PaperBroker paper, Map<CorrelationId, Integer> placements) {
        this.jdbi = jdbi;
        this.store = store;
        this.paper = paper;
        this.placements = placements;
    }

    /** Returns every invariant {@code s}'s run broke; {@code before} is the broker's net positions before it. */
    List<String> check(MarkedStrategy s, List<StrategyLeg> legs, int lots, Map<OptionInstrument, Integer> before) {
        List<String> v = new ArrayList<>();
        Optional<StrategyExecution> e = store.execution(s.strategyId());
        if (e.isEmpty() || !e.get().state().terminal()) {
            v.add("not terminal: "
                    + e.map(x -> x.state() + " (" + x.reason() + ")").orElse("never started"));
        }
        List<OrderRecord> orders = store.orders(s.strategyId());
        for (OrderRecord o : orders) {
            if (!o.state().terminal()) {
                v.add("order " + o.correlationId() + " left " + o.state());
            } else if (o.filledQuantity() > 0 && !o.booked()) {
                v.add("order " + o.correlationId() + " filled but not booked");
            }
        }
        boolean entered = e.map(x -> x.state() == ExecutionState.ENTERED).orElse(false);
        positions(s, legs, lots, entered, before, orders, v);
        duplicates(s, orders, v);
        audit(s, e, orders, v);
        money(s, orders, v);
        return v;
    }

    private void positions(
            MarkedStrategy s,
            List<StrategyLeg> legs,
            int lots,
            boolean entered,
            Map<OptionInstrument, Integer> before,
            List<OrderRecord> orders,
            List<String> v) {
        Map<OptionInstrument, Integer> after = ExecutionFaults.positions(paper);
        Map<OptionInstrument, Integer> expected = new HashMap<>();
        for (StrategyLeg l : legs) {
            expected.merge(
                    ExecutionFixtures.contract(l),
                    entered ? l.side().sign() * l.lots() * lots * ExecutionFixtures.LOT : 0,
                    Integer::sum);
        }
        Map<OptionInstrument, Integer> recorded = ExecutionFaults.recorded(orders);
        Map<OptionInstrument, Integer> open = openTrades(s);
        for (Map.Entry<OptionInstrument, Integer> x : expected.entrySet()) {
            OptionInstrument c = x.getKey();
            int moved = after.getOrDefault(c, 0) - before.getOrDefault(c, 0);
            if (moved != x.getValue().intValue()) {
                v.add((moved < 0 && moved < x.getValue().intValue() ? "NAKED SHORT: " : "") + c.displayName()
                        + " moved by " + moved + ", expected " + x.getValue());
            }
            if (recorded.getOrDefault(c, 0).intValue() != moved) {
                v.add("the books record " + recorded.getOrDefault(c, 0) + " units of " + c.displayName()
                        + ", the broker " + moved);
            }
            if (open.getOrDefault(c, 0).intValue() != x.getValue().intValue()) {
                v.add("open trades hold " + open.getOrDefault(c, 0) + " units of " + c.displayName() + ", expected "
                        + x.getValue());
            }
        }
    }

    private Map<OptionInstrument, Integer> openTrades(MarkedStrategy s) {
        Map<OptionInstrument, Integer> open = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT leg_index, side, quantity - exit_quantity AS held, entry_price_paise"
                        + " FROM trades WHERE strategy_id = :id")
                .bind("id", s.strategyId())
                .mapToMap()
                .forEach(row -> {
                    StrategyLeg leg = s.leg(((Number) row.get("leg_index")).intValue());
                    int sign = "BUY".equals(row.get("side")) ? 1 : -1;
                    open.merge(
                            ExecutionFixtures.contract(leg),
                            sign * ((Number) row.get("held")).intValue(),
                            Integer::sum);
                }));
        return open;
    }

    private void duplicates(MarkedStrategy s, List<OrderRecord> orders, List<String> v) {
        Set<CorrelationId> ours = new HashSet<>();
        orders.forEach(o -> ours.add(o.correlationId()));
        for (CorrelationId id : ours) {
            int n = placements.getOrDefault(id, 0);
            if (n > 1) {
                v.add("DUPLICATE: " + id + " reached the broker " + n + " times");
            }
        }
        String prefix = store.namespace() + "-" + s.strategyId() + "-";
        Map<String, Integer> entries = new HashMap<>();
        for (Order o : paper.orders()) {
            String tag = o.correlationId().value();
            if (tag.startsWith(prefix)) {
                if (!ours.contains(o.correlationId())) {
                    v.add("the broker holds order " + tag + " that the books do not know");
                }
                String key = FaultInjectingBroker.key(o.correlationId());
                if (key.endsWith("E")) {
                    entries.merge(key, 1, Integer::sum);
                }
            }
        }
        entries.forEach((k, n) -> {
            if (n > 1) {
                v.add("DUPLICATE: " + n + " entry orders for leg " + k);
            }
        });
    }

    private void audit(MarkedStrategy s, Optional<StrategyExecution> e, List<OrderRecord> orders, List<String> v) {
        List<String> transitions = jdbi.withHandle(h -> h.createQuery("SELECT event FROM audit_log"
                        + " WHERE entity = 'strategy' AND entity_id = :id AND event IN ('strategy.start',"
                        + " 'strategy.entered', 'strategy.failed', 'strategy.unwinding', 'strategy.unwound')"
                        + " ORDER BY id")
                .bind("id", Long.toString(s.strategyId()))
                .mapTo(String.class)
                .list());
        if (!PATHS.contains(transitions)) {
            v.add("audit transitions " + transitions + " are not a legal path");
        } else if (e.isPresent()) {
            String last = transitions.get(transitions.size() - 1);
            boolean matches = e.get().state() == ExecutionState.ENTERED
                    ? last.equals("strategy.entered")
                    : last.equals("strategy.failed") || last.equals("strategy.unwound");
            if (!matches) {
                v.add("audit ends with " + last + " but the state is " + e.get().state());
            }
        }
        Map<String, Set<String>> events = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "SELECT entity_id, event FROM audit_log WHERE entity = 'order'" + " AND entity_id LIKE :prefix")
                .bind("prefix", store.namespace() + "-" + s.strategyId() + "-%")
                .mapToMap()
                .forEach(r -> events.computeIfAbsent((String) r.get("entity_id"), k -> new HashSet<>())
                        .add((String) r.get("event"))));
        for (OrderRecord o : orders) {
            Set<String> seen = events.getOrDefault(o.correlationId().value(), Set.of());
            if (!seen.contains("order.sent")) {
                v.add("order " + o.correlationId() + " has no order.sent in the audit log");
            }
            if (o.filledQuantity() > 0 && !seen.contains("order.booked")) {
                v.add("order " + o.correlationId() + " has no order.booked in the audit log");
            }
        }
    }

    private void money(MarkedStrategy s, List<OrderRecord> orders, List<String> v) {
        Set<CorrelationId> tags = new HashSet<>();
        long recorded = 0;
        for (OrderRecord o : orders) {
            tags.add(o.correlationId());
            recorded += -o.request().side().sign() * o.filledValue().paise();
        }
        long traded = ExecutionFaults.premium(paper.trades(), tags);
        long premium = ledger("entry_kind = 'PREMIUM' AND strategy_id = " + s.strategyId());
        if (premium != traded || recorded != traded) {
            v.add("premium: ledger " + premium + ", orders " + recorded + ", broker fills " + traded + " paise");
        }
        long cash = ExecutionFaults.cash(paper.funds())
                .minus(Money.ofWholeRupees(1_000_000_000))
                .paise();
        long books = ledger("true");
        if (cash != books) {
            v.add("the paper account's cash moved by " + cash + " paise, the fund ledger by " + books);
        }
        long zero = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM trades WHERE strategy_id = :id"
                        + " AND (entry_price_paise <= 0 OR entry_value_paise <= 0)")
                .bind("id", s.strategyId())
                .mapTo(Long.class)
                .one());
        if (zero > 0) {
            v.add(zero + " trades with a zero entry price");
        }
    }

    private long ledger(String where) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT coalesce(sum(amount_paise), 0) FROM fund_ledger WHERE " + where)
                        .mapTo(Long.class)
                        .one());
    }
}
