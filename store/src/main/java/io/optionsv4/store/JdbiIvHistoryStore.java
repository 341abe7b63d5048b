package io.optionsv4.store;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.core.result.Checks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The {@link IvHistoryStore} on PostgreSQL: {@code historical_iv_summary} and {@code iv_percentiles}. Thread-safe. */
public final class JdbiIvHistoryStore implements IvHistoryStore {

    private static final String UPSERT_SUMMARY = "INSERT INTO historical_iv_summary (symbol, trade_date, expiry_date,"
            + " spot_price, atm_strike, atm_iv, call_25d_iv, put_25d_iv, skew_25d, strikes, priced_options,"
            + " call_open_interest, put_open_interest, call_volume, put_volume, atm_iv_30d) VALUES (:symbol, :date,"
            + " :expiry, :spot, :atmStrike, :atmIv, :call25, :put25, :skew, :strikes, :priced, :callOi, :putOi,"
            + " :callVolume, :putVolume, :atmIv30)"
            + " ON CONFLICT (symbol, trade_date) DO UPDATE SET expiry_date = EXCLUDED.expiry_date,"
            + " atm_iv_30d = EXCLUDED.atm_iv_30d,"
            + " spot_price = EXCLUDED.spot_price, atm_strike = EXCLUDED.atm_strike, atm_iv = EXCLUDED.atm_iv,"
            + " call_25d_iv = EXCLUDED.call_25d_iv, put_25d_iv = EXCLUDED.put_25d_iv, skew_25d = EXCLUDED.skew_25d,"
            + " strikes = EXCLUDED.strikes, priced_options = EXCLUDED.priced_options,"
            + " call_open_interest = EXCLUDED.call_open_interest, put_open_interest = EXCLUDED.put_open_interest,"
            + " call_volume = EXCLUDED.call_volume, put_volume = EXCLUDED.put_volume, collected_at = now()";

    private static final String UPSERT_PERCENTILE = "INSERT INTO iv_percentiles (symbol, as_of_date, current_iv,"
            + " iv_rank, iv_percentile, min_iv, max_iv, observations, window_days) VALUES (:symbol, :date, :current,"
            + " :rank, :percentile, :min, :max, :observations, :window) ON CONFLICT (symbol, as_of_date) DO UPDATE SET"
            + " current_iv = EXCLUDED.current_iv, iv_rank = EXCLUDED.iv_rank, iv_percentile = EXCLUDED.iv_percentile,"
            + " min_iv = EXCLUDED.min_iv, max_iv = EXCLUDED.max_iv, observations = EXCLUDED.observations,"
            + " window_days = EXCLUDED.window_days, computed_at = now()";

    private final Jdbi jdbi;

    /** Creates the store over {@code jdbi}, whose database has been migrated. */
    public JdbiIvHistoryStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public int storeSummaries(List<IvSummary> summaries) {
        Checks.notNull(summaries, "summaries");
        if (summaries.isEmpty()) {
            return 0;
        }
        return SqlErrors.run(
                "storing IV summaries into historical_iv_summary",
                () -> jdbi.inTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch(UPSERT_SUMMARY);
                    for (IvSummary s : summaries) {
                        batch.bind("symbol", s.symbol())
                                .bind("date", s.tradeDate())
                                .bind("expiry", s.expiry())
                                .bind("spot", s.spot())
                                .bind("atmStrike", s.atmStrike())
                                .bind("atmIv", s.atmIv())
                                .bind("call25", boxed(s.call25DeltaIv()))
                                .bind("put25", boxed(s.put25DeltaIv()))
                                .bind("skew", boxed(s.skew25Delta()))
                                .bind("strikes", s.chain().strikes())
                                .bind("priced", s.chain().pricedOptions())
                                .bind("callOi", s.chain().callOpenInterest())
                                .bind("putOi", s.chain().putOpenInterest())
                                .bind("callVolume", s.chain().callVolume())
                                .bind("putVolume", s.chain().putVolume())
                                .bind("atmIv30", boxed(s.thirtyDayIv()))
                                .add();
                    }
                    batch.execute();
                    return summaries.size();
                }));
    }

    @Override
    public List<LocalDate> collectedDays() {
        return SqlErrors.run(
                "reading historical_iv_summary",
                () -> jdbi.withHandle(
                        h -> h.createQuery("SELECT DISTINCT trade_date FROM historical_iv_summary ORDER BY trade_date")
                                .mapTo(LocalDate.class)
                                .list()));
    }

    @Override
    public List<String> symbols() {
        return SqlErrors.run(
                "reading historical_iv_summary",
                () -> jdbi.withHandle(
                        h -> h.createQuery("SELECT DISTINCT symbol FROM historical_iv_summary ORDER BY symbol")
                                .mapTo(String.class)
                                .list()));
    }

    @Override
    public Map<String, Set<LocalDate>> thirtyDayIvDays(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Map<String, Set<LocalDate>> days = new TreeMap<>();
        SqlErrors.run(
                "reading historical_iv_summary",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT symbol, trade_date FROM historical_iv_summary"
                                + " WHERE atm_iv_30d IS NOT NULL AND trade_date BETWEEN :from AND :to")
                        .bind("from", from)
                        .bind("to", to)
                        .map((rs, ctx) -> days.computeIfAbsent(rs.getString("symbol"), s -> new TreeSet<>())
                                .add(rs.getObject("trade_date", LocalDate.class)))
                        .list()));
        return days;
    }

    @Override
    public List<Double> thirtyDayIvHistory(String symbol, LocalDate asOf, int days) {
        Checks.positive(days, "days");
        List<Double> newestFirst = SqlErrors.run(
                "reading historical_iv_summary",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT atm_iv_30d FROM"
                                + " historical_iv_summary WHERE symbol = :symbol AND trade_date <= :asOf"
                                + " AND atm_iv_30d IS NOT NULL ORDER BY trade_date DESC LIMIT :days")
                        .bind("symbol", symbol)
                        .bind("asOf", asOf)
                        .bind("days", days)
                        .mapTo(Double.class)
                        .list()));
        List<Double> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public Optional<IvSummary> summary(String symbol, LocalDate tradeDate) {
        return SqlErrors.run(
                "reading historical_iv_summary",
                () -> jdbi.withHandle(h -> h.createQuery(
                                "SELECT * FROM historical_iv_summary WHERE symbol = :symbol AND trade_date = :date")
                        .bind("symbol", symbol)
                        .bind("date", tradeDate)
                        .map((rs, ctx) -> summary(rs))
                        .findOne()));
    }

    @Override
    public int storePercentiles(List<IvPercentile> percentiles) {
        Checks.notNull(percentiles, "percentiles");
        if (percentiles.isEmpty()) {
            return 0;
        }
        return SqlErrors.run(
                "storing IV percentiles into iv_percentiles",
                () -> jdbi.inTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch(UPSERT_PERCENTILE);
                    for (IvPercentile p : percentiles) {
                        IvStatistics s = p.statistics();
                        batch.bind("symbol", p.symbol())
                                .bind("date", p.asOf())
                                .bind("current", s.current())
                                .bind("rank", s.ivRank())
                                .bind("percentile", s.ivPercentile())
                                .bind("min", s.min())
                                .bind("max", s.max())
                                .bind("observations", s.observations())
                                .bind("window", IvStatistics.WINDOW_DAYS)
                                .add();
                    }
                    batch.execute();
                    return percentiles.size();
                }));
    }

    @Override
    public Optional<IvPercentile> percentile(String symbol, LocalDate asOf) {
        return SqlErrors.run(
                "reading iv_percentiles",
                () -> jdbi.withHandle(h -> h.createQuery(
                                "SELECT * FROM iv_percentiles WHERE symbol = :symbol AND as_of_date = :date")
                        .bind("symbol", symbol)
                        .bind("date", asOf)
                        .map((rs, ctx) -> new IvPercentile(
                                rs.getString("symbol"),
                                rs.getObject("as_of_date", LocalDate.class),
                                new IvStatistics(
                                        rs.getDouble("current_iv"),
                                        rs.getDouble("iv_rank"),
                                        rs.getDouble("iv_percentile"),
                                        rs.getDouble("min_iv"),
                                        rs.getDouble("max_iv"),
                                        rs.getInt("observations"))))
                        .findOne()));
    }

    private static IvSummary summary(ResultSet rs) throws SQLException {
        return new IvSummary(
                rs.getString("symbol"),
                rs.getObject("trade_date", LocalDate.class),
                rs.getObject("expiry_date", LocalDate.class),
                rs.getDouble("spot_price"),
                rs.getDouble("atm_strike"),
                rs.getDouble("atm_iv"),
                optional(rs, "call_25d_iv"),
                optional(rs, "put_25d_iv"),
                new IvSummary.ChainSummary(
                        rs.getInt("strikes"),
                        rs.getInt("priced_options"),
                        rs.getLong("call_open_interest"),
                        rs.getLong("put_open_interest"),
                        rs.getLong("call_volume"),
                        rs.getLong("put_volume")),
                optional(rs, "atm_iv_30d"));
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
