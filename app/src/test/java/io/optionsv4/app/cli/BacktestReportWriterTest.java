package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.optionsv4.app.testdata.SyntheticBacktest;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.report.BacktestReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files of a synthetic run of 300 sessions: names, parseable JSON and CSV, PNG sizes, the HTML page. */
class BacktestReportWriterTest {

    private static final BacktestResult RESULT = SyntheticBacktest.of(300, 11L);
    private static final String STEM = "backtest_2019-synthetic-11";

    @TempDir
    static Path dir;

    private static List<Path> written;

    @BeforeAll
    static void write() throws IOException {
        written = BacktestReportWriter.write(RESULT, dir);
    }

    @Test
    void test_write_everyFileNamedWithTheRunId() {
        List<String> names =
                written.stream().map(p -> p.getFileName().toString()).toList();

        assertThat(names).startsWith(STEM + ".json").endsWith(STEM + ".html");
        assertThat(names)
                .contains(
                        STEM + "_equity.csv",
                        STEM + "_monthly_returns.csv",
                        STEM + "_trades.csv",
                        STEM + "_strategy_stats.csv",
                        STEM + "_calibration.csv",
                        STEM + "_calibration_summary.csv");
        for (String chart : List.of(
                "equity", "monthly_returns", "exposure", "reliability", "reliability_families", "pnl_distribution")) {
            assertThat(names).contains(STEM + "_" + chart + ".png", STEM + "_" + chart + ".svg");
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void test_write_jsonIsTheReportInSnakeCase() throws IOException {
        JsonNode json = Json.MAPPER.readTree(dir.resolve(STEM + ".json").toFile());

        assertThat(json.path("report").path("run").path("price_notice").asText())
                .isEqualTo(RESULT.run().priceNotice());
        assertThat(json.path("report").path("run").path("from").asText()).isEqualTo("2019-01-01");
        assertThat(json.path("report").path("summary").path("capital_paise").asLong())
                .isEqualTo(100_000_000L);
        assertThat(json.path("report").path("equity_curve").path("points")).hasSize(300);
        assertThat(json.path("report")
                        .path("plan_pop")
                        .path("overall")
                        .path("bins")
                        .size())
                .isPositive();
        assertThat(json.path("trades")).hasSize(RESULT.trades().size());
        assertThat(json.path("trades").get(0).has("net_pnl_paise")).isTrue();
        assertThat(JsonSchemaTest.schema("backtest-report").validate(json))
                .as("against docs/schema/backtest-report.schema.json")
                .isEmpty();
    }

    @Test
    void test_write_csvParsesAndAddsUpToThePaisa() throws IOException {
        List<Map<String, String>> equity = csv("equity");
        List<Map<String, String>> trades = csv("trades");
        List<Map<String, String>> months = csv("monthly_returns");

        assertThat(equity).hasSize(300);
        assertThat(new BigDecimal(equity.get(299).get("equity_rupees")))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(RESULT.equity().get(299).equityPaise(), 2));
        assertThat(trades).hasSize(RESULT.trades().size());
        BigDecimal closedNet = trades.stream()
                .filter(t -> !t.get("exit_date").isEmpty())
                .map(t -> new BigDecimal(t.get("net_pnl_rupees")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long expected = RESULT.trades().stream()
                .filter(BacktestTrade::closed)
                .mapToLong(BacktestTrade::netPnlPaise)
                .sum();
        assertThat(closedNet).isEqualByComparingTo(BigDecimal.valueOf(expected, 2));
        assertThat(months).extracting(m -> m.get("year")).containsExactly("2019", "2020");
        assertThat(csv("calibration"))
                .allSatisfy(
                        row -> assertThat(Integer.parseInt(row.get("count"))).isPositive());
        assertThat(csv("strategy_stats").get(0)).containsEntry("grouping", "all");
    }

    @Test
    void test_write_pngsHaveTheChartSizes() throws IOException {
        BacktestReport report = BacktestReport.of(RESULT);
        for (BacktestCharts.Chart chart : BacktestCharts.all(report, RESULT.trades())) {
            BufferedImage image =
                    ImageIO.read(dir.resolve(STEM + "_" + chart.name() + ".png").toFile());
            assertThat(image.getWidth()).as(chart.name()).isEqualTo(chart.width());
            assertThat(image.getHeight()).as(chart.name()).isEqualTo(chart.height());
            assertThat(distinctColours(image)).as(chart.name()).isGreaterThan(8);
            String svg = Files.readString(dir.resolve(STEM + "_" + chart.name() + ".svg"), StandardCharsets.UTF_8);
            assertThat(svg).contains("<svg");
        }
    }

    @Test
    void test_write_htmlShowsTheNoticeFirstAndEmbedsTheCharts() throws IOException {
        String html = Files.readString(dir.resolve(STEM + ".html"), StandardCharsets.UTF_8);

        String notice = "NIFTY option prices are model prices &lt;anchored&gt; on real NIFTY &amp; India VIX";
        assertThat(html.indexOf(notice)).isPositive().isLessThan(html.indexOf("<h1>"));
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(7);
        assertThat(html).contains(STEM + "_reliability.svg").doesNotContain("not complete");
        assertThat(html).contains("India VIX carried forward");
    }

    @Test
    void test_write_incompleteRunSaysSo(@TempDir Path other) throws IOException {
        BacktestReportWriter.write(SyntheticBacktest.of(40, 3L, false), other);

        String html = Files.readString(other.resolve("backtest_2019-synthetic-3.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("it is not complete");
    }

    @Test
    void test_write_runWithoutTradesOrDays(@TempDir Path other) throws IOException {
        BacktestResult full = SyntheticBacktest.of(5, 1L);
        BacktestResult empty = new BacktestResult(full.run(), List.of(), List.of());

        List<Path> files = BacktestReportWriter.write(empty, other);

        assertThat(files).hasSize(1 + 6 + 12 + 1);
        assertThat(Files.readAllLines(other.resolve("backtest_2019-synthetic-1_trades.csv")))
                .hasSize(1);
    }

    @Test
    void test_write_refusesADirectoryInPlaceOfAFile(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("backtest_2019-synthetic-11.json"));

        assertThatThrownBy(() -> BacktestReportWriter.write(RESULT, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backtest_2019-synthetic-11.json");
    }

    @Test
    void test_stem_replacesUnsafeCharacters() {
        assertThat(BacktestReportWriter.stem("run 7/../x:y")).isEqualTo("backtest_run_7_.._x_y");
    }

    private static List<Map<String, String>> csv(String name) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(dir.resolve(STEM + "_" + name + ".csv").toFile())) {
            return rows.readAll();
        }
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
