package io.optionsv4.store;

import io.optionsv4.core.exit.PeakPnlStore;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Peak P&amp;L per strategy on PostgreSQL ({@code V14__pnl_peaks.sql}), in paise; an upsert that only raises. Each
 * call is one transaction. Thread-safe.
 */
public final class JdbiPeakPnlStore implements PeakPnlStore {

    private static final String SELECT = "SELECT peak_pnl_paise FROM strategy_pnl_peaks WHERE strategy_id = :s";
    private static final String RAISE = "INSERT INTO strategy_pnl_peaks (strategy_id, peak_pnl_paise, peak_at)"
            + " VALUES (:s, :p, :at) ON CONFLICT (strategy_id) DO UPDATE SET peak_pnl_paise = EXCLUDED.peak_pnl_paise,"
            + " peak_at = EXCLUDED.peak_at, updated_at = now()"
            + " WHERE strategy_pnl_peaks.peak_pnl_paise < EXCLUDED.peak_pnl_paise";

    private final Jdbi jdbi;

    /** Creates the store over a migrated database. */
    public JdbiPeakPnlStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public OptionalDouble peak(long strategyId) {
        Optional<Long> paise = SqlErrors.run(
                "reading the peak P&L of strategy " + strategyId,
                () -> jdbi.withHandle(h -> h.createQuery(SELECT)
                        .bind("s", strategyId)
                        .mapTo(Long.class)
                        .findOne()));
        return paise.map(p -> OptionalDouble.of(Money.ofPaise(p).rupees())).orElse(OptionalDouble.empty());
    }

    @Override
    public void raise(Map<Long, Double> peaks, Instant at) {
        Checks.notNull(peaks, "peaks");
        Checks.notNull(at, "at");
        if (peaks.isEmpty()) {
            return;
        }
        SqlErrors.run("storing the peak P&L of strategies " + peaks.keySet(), () -> {
            jdbi.useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch(RAISE);
                peaks.forEach((id, rupees) -> batch.bind("s", id)
                        .bind(
                                "p",
                                Money.ofRupees(rupees, RoundingMode.HALF_EVEN).paise())
                        .bind("at", Timestamp.from(at))
                        .add());
                batch.execute();
            });
            return null;
        });
    }
}
