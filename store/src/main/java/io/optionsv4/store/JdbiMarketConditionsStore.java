package io.optionsv4.store;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.result.Checks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link MarketConditionsStore} on PostgreSQL: {@code market_conditions}, one row per trade date. A store is one
 * upsert statement, so a failure leaves the day's earlier row as it was. {@code storedAt} comes from the injected
 * clock, truncated to microseconds (PostgreSQL's {@code timestamptz} precision) so that it reads back equal.
 * Thread-safe.
 */
public final class JdbiMarketConditionsStore implements MarketConditionsStore {

    private static final String UPSERT = "INSERT INTO market_conditions (trade_date, nifty_close, india_vix, direction,"
            + " vix_regime, put_call_ratio, state, confidence, vix_percentile, nifty_direction_confidence, stored_at)"
            + " VALUES (:date, :niftyClose, :indiaVix, :direction, :vixRegime, :pcr, :state, :confidence,"
            + " :vixPercentile, :directionConfidence, :storedAt)"
            + " ON CONFLICT (trade_date) DO UPDATE SET nifty_close = EXCLUDED.nifty_close,"
            + " india_vix = EXCLUDED.india_vix, direction = EXCLUDED.direction, vix_regime = EXCLUDED.vix_regime,"
            + " put_call_ratio = EXCLUDED.put_call_ratio, state = EXCLUDED.state, confidence = EXCLUDED.confidence,"
            + " vix_percentile = EXCLUDED.vix_percentile,"
            + " nifty_direction_confidence = EXCLUDED.nifty_direction_confidence, stored_at = EXCLUDED.stored_at";

    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param jdbi the handle factory of a migrated database
     * @param clock the clock that stamps {@code stored_at}
     */
    public JdbiMarketConditionsStore(Jdbi jdbi, Clock clock) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public void store(MarketConditions conditions) {
        Checks.notNull(conditions, "conditions");
        StoredMarketConditions row =
                StoredMarketConditions.of(conditions, clock.instant().truncatedTo(ChronoUnit.MICROS));
        SqlErrors.run(
                "storing market conditions of " + row.tradeDate() + " into market_conditions",
                () -> jdbi.withHandle(h -> h.createUpdate(UPSERT)
                        .bind("date", row.tradeDate())
                        .bind("niftyClose", row.niftyClose())
                        .bind("indiaVix", row.indiaVix())
                        .bind("direction", row.state().direction().name())
                        .bind("vixRegime", row.state().vixRegime().name())
                        .bind("pcr", boxed(row.putCallRatio()))
                        .bind("state", row.state().name())
                        .bind("confidence", row.confidence())
                        .bind("vixPercentile", boxed(row.vixPercentile()))
                        .bind("directionConfidence", row.niftyDirectionConfidence())
                        .bind("storedAt", OffsetDateTime.ofInstant(row.storedAt(), ZoneOffset.UTC))
                        .execute()));
    }

    @Override
    public Optional<StoredMarketConditions> find(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return SqlErrors.run(
                "reading market conditions of " + tradeDate + " from market_conditions",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM market_conditions WHERE trade_date = :date")
                        .bind("date", tradeDate)
                        .map((rs, ctx) -> row(rs))
                        .findOne()));
    }

    private static StoredMarketConditions row(ResultSet rs) throws SQLException {
        return new StoredMarketConditions(
                rs.getObject("trade_date", LocalDate.class),
                MarketState.valueOf(rs.getString("state")),
                rs.getDouble("confidence"),
                rs.getDouble("nifty_close"),
                rs.getDouble("india_vix"),
                optional(rs, "vix_percentile"),
                rs.getDouble("nifty_direction_confidence"),
                optional(rs, "put_call_ratio"),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant());
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
