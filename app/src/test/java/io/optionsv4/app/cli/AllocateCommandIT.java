package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code allocate} after a real {@code analyze} of the simulated market, stored in embedded PostgreSQL. */
class AllocateCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DAY = "2026-11-20";
    private static final String[] SIM = {"--data", "sim", "--seed", "7", "--as-of", DAY};

    @BeforeAll
    static void analyze() {
        Cli.Run run = StoreCli.run(args("analyze", "--symbol", "RELIANCE,TCS,INFY,HDFCBANK,ITC,SBIN,LT,SUNPHARMA"));
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private List<Map<String, Object>> industryTable;

    /** Other ITs share the database: each test starts with no industry weights (no steering) and restores them. */
    @org.junit.jupiter.api.BeforeEach
    void clearIndustryWeights() {
        industryTable = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM industry_allocations_current")
                        .mapToMap()
                        .list());
        StoreCli.database().jdbi().useHandle(h -> h.execute("DELETE FROM industry_allocations_current"));
    }

    @org.junit.jupiter.api.AfterEach
    void restoreIndustryWeights() {
        StoreCli.database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM industry_allocations_current");
            for (Map<String, Object> row : industryTable) {
                h.createUpdate("INSERT INTO industry_allocations_current (industry, weight_percentage,"
                                + " position_type, relative_strength, source, as_of_date)"
                                + " VALUES (:i, :w, :p, :r, :s, :d)")
                        .bind("i", (String) row.get("industry"))
                        .bind("w", (java.math.BigDecimal) row.get("weight_percentage"))
                        .bind("p", (String) row.get("position_type"))
                        .bind("r", (Double) row.get("relative_strength"))
                        .bind("s", (String) row.get("source"))
                        .bind("d", (java.sql.Date) row.get("as_of_date"))
                        .execute();
            }
        });
    }

    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of(SIM));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int count(String table) {
        return StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                        .mapTo(Integer.class)
                        .one());
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    @Test
    void test_allocate_storesNothing_whenDryRun() throws IOException {
        int allocations = count("portfolio_allocations");
        int items = count("portfolio_allocation_items");
        int statuses = count("strategy_execution_status");

        JsonNode doc = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--dry-run", "--json")));

        assertThat(doc.get("positions")).isNotEmpty();
        assertThat(doc.get("allocation_id").isNull()).isTrue();
        assertThat(count("portfolio_allocations")).isEqualTo(allocations);
        assertThat(count("portfolio_allocation_items")).isEqualTo(items);
        assertThat(count("strategy_execution_status")).isEqualTo(statuses);
    }

    @Test
    void test_allocateJson_validatesAgainstItsSchema() throws IOException {
        JsonNode doc = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--dry-run", "--json")));

        assertThat(JsonSchemaTest.schema("allocation").validate(doc))
                .as("allocate --json against docs/schema/allocation.schema.json")
                .isEmpty();
        ((ObjectNode) doc).put("totalMargin", 1.0);
        assertThat(JsonSchemaTest.schema("allocation").validate(doc)).isNotEmpty();
    }

    @Test
    void test_allocate_sameDocumentButTheTimestamp_whenRunTwice() throws IOException {
        String[] args = args("allocate", "1500000", "--date", DAY, "--dry-run", "--json");

        ObjectNode first = (ObjectNode) json(StoreCli.run(args));
        ObjectNode second = (ObjectNode) json(StoreCli.run(args));

        first.remove("generated_at");
        second.remove("generated_at");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void test_allocate_storedAllocationEqualsTheDocument_whenStored() throws IOException {
        JsonNode doc = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--json")));
        long id = doc.get("allocation_id").asLong();

        Map<Long, Integer> lots = new HashMap<>();
        Map<Long, Long> paise = new HashMap<>();
        StoreCli.database()
                .jdbi()
                .useHandle(h -> h.createQuery(
                                "SELECT strategy_id, lots, allocated_paise FROM portfolio_allocation_items"
                                        + " WHERE allocation_id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> {
                            lots.put(rs.getLong(1), rs.getInt(2));
                            paise.put(rs.getLong(1), rs.getLong(3));
                            return null;
                        })
                        .list());
        long capitalPaise = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT capital_paise FROM portfolio_allocations WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Long.class)
                        .one());

        assertThat(capitalPaise).isEqualTo(150_000_000L);
        assertThat(lots).hasSize(doc.get("positions").size());
        for (JsonNode p : doc.get("positions")) {
            long strategy = p.get("strategy_id").asLong();
            assertThat(lots.get(strategy)).isEqualTo(p.get("lots").asInt());
            assertThat(paise.get(strategy) / 100.0).isCloseTo(p.get("capital").asDouble(), within(0.01));
            String status = StoreCli.database()
                    .jdbi()
                    .withHandle(h -> h.createQuery("SELECT status || ':' || lots FROM strategy_execution_status"
                                    + " WHERE strategy_id = :s")
                            .bind("s", strategy)
                            .mapTo(String.class)
                            .one());
            assertThat(status).isEqualTo("ALLOCATED:" + p.get("lots").asInt());
        }
    }

    @Test
    void test_allocate_keepsTheStatus_whenAStrategyIsAlreadyExecuted() throws IOException {
        JsonNode first = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--json")));
        long strategy = first.get("positions").get(0).get("strategy_id").asLong();
        StoreCli.database()
                .jdbi()
                .useHandle(h -> h.createUpdate(
                                "UPDATE strategy_execution_status SET status = 'EXECUTED' WHERE strategy_id = :s")
                        .bind("s", strategy)
                        .execute());

        JsonNode second = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--json")));

        assertThat(second.get("allocation_id").asLong())
                .isGreaterThan(first.get("allocation_id").asLong());
        String status = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM strategy_execution_status WHERE strategy_id = :s")
                        .bind("s", strategy)
                        .mapTo(String.class)
                        .one());
        assertThat(status).isEqualTo("EXECUTED");
        StoreCli.database()
                .jdbi()
                .useHandle(h -> h.createUpdate(
                                "UPDATE strategy_execution_status SET status = 'ALLOCATED' WHERE strategy_id = :s")
                        .bind("s", strategy)
                        .execute());
    }

    @Test
    void test_allocate_everyHardLimitHolds_recomputedFromTheDocument() throws IOException {
        JsonNode doc = json(StoreCli.run(args("allocate", "1500000", "--date", DAY, "--dry-run", "--json")));
        double budget = doc.get("options_budget").asDouble();
        Map<String, Double> bySymbol = new HashMap<>();
        Map<String, Double> byIndustry = new HashMap<>();
        double delta = 0;
        double vega = 0;
        double standalone = 0;
        for (JsonNode p : doc.get("positions")) {
            double capital = p.get("capital").asDouble();
            assertThat(capital)
                    .isCloseTo(
                            p.get("capital_per_lot").asDouble() * p.get("lots").asInt(), within(0.01));
            assertThat(capital).isLessThanOrEqualTo(budget * 0.15 + 0.01);
            bySymbol.merge(p.get("symbol").asText(), capital, Double::sum);
            byIndustry.merge(p.get("industry").asText(), capital, Double::sum);
            standalone += capital;
        }
        bySymbol.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(budget * 0.10 + 0.01));
        byIndustry.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(budget * 0.30 + 0.01));
        JsonNode greeks = doc.get("greeks");
        assertThat(Math.abs(greeks.get("delta_per_pct").asDouble()))
                .isLessThanOrEqualTo(greeks.get("delta_limit").asDouble() + 1e-6);
        assertThat(Math.abs(greeks.get("vega_per_vol_point").asDouble()))
                .isLessThanOrEqualTo(greeks.get("vega_limit").asDouble() + 1e-6);
        assertThat(doc.get("total_margin").asDouble()).isLessThanOrEqualTo(standalone + 0.01);
        assertThat(doc.get("deployment").asDouble()).isLessThanOrEqualTo(0.95 + 1e-9);
        assertThat(doc.get("positions").size()).isLessThanOrEqualTo(35);
    }

    @Test
    void test_allocate_saysWhyDeploymentIsBelowTheBand_whenItIs() throws IOException {
        Cli.Run run = StoreCli.run(args("allocate", "1500000", "--date", DAY, "--dry-run", "--json"));
        JsonNode doc = json(run);

        if (doc.get("deployment").asDouble() < 0.80) {
            assertThat(doc.get("below_band_reason").asText()).matches(".*(candidates|bound).*");
            assertThat(run.err())
                    .contains("is below the 80% floor: "
                            + doc.get("below_band_reason").asText());
        } else {
            assertThat(doc.get("below_band_reason").isNull()).isTrue();
            assertThat(run.err()).doesNotContain("below the 80% floor");
        }
    }

    @Test
    void test_allocate_reportFitsTheWidth_at80And120Columns() throws IOException {
        for (int width : new int[] {80, 120}) {
            Cli.Run run = StoreCli.run(
                    Map.of(
                            io.optionsv4.store.DbConfig.HOME_VARIABLE,
                            StoreCli.home().toString(),
                            "COLUMNS",
                            Integer.toString(width)),
                    args("allocate", "1500000", "--date", DAY, "--dry-run"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Positions (", "Industries", "Scenario P&L", "Deployment");
            // Screen.wrap: a single token longer than the line (the results path under a temporary home) stands alone.
            run.out()
                    .lines()
                    .filter(l -> l.strip().contains(" "))
                    .forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target/allocate-report-" + width + ".txt"), run.out());
        }
    }

    @Test
    void test_allocate_exits2AndStoresNothing_whenIndustryWeightsSumOver100() {
        List<Map<String, Object>> saved = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM industry_allocations_current")
                        .mapToMap()
                        .list());
        int allocations = count("portfolio_allocations");
        try {
            StoreCli.database().jdbi().useHandle(h -> {
                h.execute("DELETE FROM industry_allocations_current");
                h.execute(
                        "INSERT INTO industry_allocations_current (industry, weight_percentage, position_type, source,"
                                + " as_of_date) VALUES ('Banks', 60, 'LONG', 'IMPORTED', DATE '2026-11-20'),"
                                + " ('IT', 60, 'SHORT', 'IMPORTED', DATE '2026-11-20')");
            });

            Cli.Run run = StoreCli.run(args("allocate", "1500000", "--date", DAY));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("more than 100 %");
            assertThat(count("portfolio_allocations")).isEqualTo(allocations);
        } finally {
            StoreCli.database().jdbi().useHandle(h -> {
                h.execute("DELETE FROM industry_allocations_current");
                for (Map<String, Object> row : saved) {
                    h.createUpdate("INSERT INTO industry_allocations_current (industry, weight_percentage,"
                                    + " position_type, relative_strength, source, as_of_date)"
                                    + " VALUES (:i, :w, :p, :r, :s, :d)")
                            .bind("i", (String) row.get("industry"))
                            .bind("w", (java.math.BigDecimal) row.get("weight_percentage"))
                            .bind("p", (String) row.get("position_type"))
                            .bind("r", (Double) row.get("relative_strength"))
                            .bind("s", (String) row.get("source"))
                            .bind("d", (java.sql.Date) row.get("as_of_date"))
                            .execute();
                }
            });
        }
    }

    @Test
    void test_allocate_exits1_whenNoAnalysisForTheDate() {
        Cli.Run run = StoreCli.run(args("allocate", "1500000", "--date", "2001-01-01", "--dry-run"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("2001-01-01");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void test_allocate_exits1WithTheSmallestLot_whenCapitalIsBelowOneLot() {
        Cli.Run run = StoreCli.run(args("allocate", "1000", "--date", DAY, "--dry-run"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("below one lot of anything");
        assertThat(run.out()).isEmpty();
    }
}
