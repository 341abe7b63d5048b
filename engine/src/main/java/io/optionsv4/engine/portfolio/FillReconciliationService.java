package io.optionsv4.engine.portfolio;

import io.optionsv4.core.portfolio.FillDifference;
import io.optionsv4.core.portfolio.FillReconciler;
import io.optionsv4.core.portfolio.FillStore;
import io.optionsv4.core.portfolio.PriceFix;
import io.optionsv4.core.portfolio.Reconciliation;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.Fill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code data update-trade-prices} operation: reads the broker's trade book, the stored orders of the day (and
 * of any earlier day the trade book reaches back to, and every stored zero price) and reconciles them
 * ({@link FillReconciler}); on request, replaces each stored price the broker's figures settle, one audited change per
 * row, and reconciles again so that what remains is reported. Broker failures propagate as
 * {@link io.optionsv4.core.trade.BrokerException}.
 */
public final class FillReconciliationService {

    private final FillStore store;
    private final Broker broker;

    /** Creates the service over the stored fills and the broker. */
    public FillReconciliationService(FillStore store, Broker broker) {
        this.store = Checks.notNull(store, "store");
        this.broker = Checks.notNull(broker, "broker");
    }

    /** Reconciles the stored fills with the broker's trade book; {@code day} is the trading day in India. */
    public Reconciliation reconcile(LocalDate day) {
        Checks.notNull(day, "day");
        List<Fill> trades = broker.trades();
        Instant since = day.atStartOfDay(StrategyOutcome.INDIA).toInstant();
        Instant earliest =
                trades.stream().map(Fill::time).min(Comparator.naturalOrder()).orElse(since);
        List<io.optionsv4.core.portfolio.StoredFill> stored = store.fills(earliest.isBefore(since) ? earliest : since);
        return FillReconciler.reconcile(stored, trades, day);
    }

    /**
     * Applies the fixes of {@code reconciliation}, each stored price replaced by the broker's with an audit log entry.
     *
     * @param actor who fixes, for the audit log
     * @return the fixes applied (a row changed since the reconciliation is left alone)
     */
    public List<PriceFix> fix(Reconciliation reconciliation, String actor) {
        Checks.notNull(reconciliation, "reconciliation");
        List<PriceFix> applied = new ArrayList<>();
        for (FillDifference d : reconciliation.fixable()) {
            PriceFix fix = d.fix().orElseThrow();
            if (store.apply(fix, actor)) {
                applied.add(fix);
            }
        }
        return applied;
    }

    /** Returns the broker's name, for output. */
    public String brokerName() {
        return broker.name();
    }
}
