package io.optionsv4.store;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.PositionType;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.allocation.SectorAllocation;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The {@link ReferenceStore} on PostgreSQL: {@code stock_data} and the industry and sector allocation tables. */
public final class JdbiReferenceStore implements ReferenceStore {

    private final Jdbi jdbi;

    /** Creates the store over {@code jdbi}, whose database has been migrated. */
    public JdbiReferenceStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public int storeStocks(List<Underlying> underlyings) {
        Checks.notNull(underlyings, "underlyings");
        if (underlyings.isEmpty()) {
            return 0;
        }
        return SqlErrors.run(
                "storing stock_data",
                () -> jdbi.inTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch("INSERT INTO stock_data (symbol, name, kind, industry, sector)"
                            + " VALUES (:symbol, :name, :kind, :industry, :sector) ON CONFLICT (symbol) DO UPDATE SET"
                            + " name = EXCLUDED.name, kind = EXCLUDED.kind, industry = EXCLUDED.industry,"
                            + " sector = EXCLUDED.sector, updated_at = now()");
                    for (Underlying u : underlyings) {
                        batch.bind("symbol", u.symbol())
                                .bind("name", u.name())
                                .bind("kind", u.isIndex() ? "INDEX" : "STOCK")
                                .bind("industry", u.industry())
                                .bind("sector", u.sector())
                                .add();
                    }
                    batch.execute();
                    return underlyings.size();
                }));
    }

    @Override
    public int stockCount() {
        return SqlErrors.run(
                "reading stock_data",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM stock_data")
                        .mapTo(Integer.class)
                        .one()));
    }

    @Override
    public void replaceIndustryAllocations(List<IndustryAllocation> allocations) {
        Checks.notNull(allocations, "allocations");
        SqlErrors.run(
                "replacing industry_allocations_current",
                () -> jdbi.inTransaction(h -> {
                    h.execute("DELETE FROM industry_allocations_current");
                    PreparedBatch batch = h.prepareBatch("INSERT INTO industry_allocations_current (industry,"
                            + " weight_percentage, position_type, relative_strength, source, as_of_date)"
                            + " VALUES (:industry, :weight, :type, :rs, :source, :asOf)");
                    for (IndustryAllocation a : allocations) {
                        batch.bind("industry", a.industry())
                                .bind("weight", a.weightPercent())
                                .bind("type", a.positionType().name())
                                .bind(
                                        "rs",
                                        a.relativeStrength().isPresent()
                                                ? a.relativeStrength().getAsDouble()
                                                : null)
                                .bind("source", a.source().name())
                                .bind("asOf", a.asOf())
                                .add();
                    }
                    if (batch.size() > 0) {
                        batch.execute();
                    }
                    return allocations.size();
                }));
    }

    @Override
    public void replaceSectorAllocations(List<SectorAllocation> allocations) {
        Checks.notNull(allocations, "allocations");
        SqlErrors.run(
                "replacing sector_allocations_current",
                () -> jdbi.inTransaction(h -> {
                    h.execute("DELETE FROM sector_allocations_current");
                    PreparedBatch batch =
                            h.prepareBatch("INSERT INTO sector_allocations_current (sector, weight_percentage,"
                                    + " position_type, as_of_date) VALUES (:sector, :weight, :type, :asOf)");
                    for (SectorAllocation a : allocations) {
                        batch.bind("sector", a.sector())
                                .bind("weight", a.weightPercent())
                                .bind("type", a.positionType().name())
                                .bind("asOf", a.asOf())
                                .add();
                    }
                    if (batch.size() > 0) {
                        batch.execute();
                    }
                    return allocations.size();
                }));
    }

    @Override
    public List<SectorAllocation> sectorAllocations() {
        return SqlErrors.run(
                "reading sector_allocations_current",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM sector_allocations_current ORDER BY sector")
                        .map((rs, ctx) -> new SectorAllocation(
                                rs.getString("sector"),
                                rs.getBigDecimal("weight_percentage"),
                                PositionType.valueOf(rs.getString("position_type")),
                                rs.getObject("as_of_date", LocalDate.class)))
                        .list()));
    }

    @Override
    public List<IndustryAllocation> industryAllocations() {
        return SqlErrors.run(
                "reading industry_allocations_current",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM industry_allocations_current ORDER BY industry")
                        .map((rs, ctx) -> {
                            double rs0 = rs.getDouble("relative_strength");
                            OptionalDouble strength = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(rs0);
                            return new IndustryAllocation(
                                    rs.getString("industry"),
                                    rs.getBigDecimal("weight_percentage"),
                                    PositionType.valueOf(rs.getString("position_type")),
                                    strength,
                                    IndustryAllocation.Source.valueOf(rs.getString("source")),
                                    rs.getObject("as_of_date", LocalDate.class));
                        })
                        .list()));
    }
}
