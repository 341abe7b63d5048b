package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.report.BacktestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the reports of a backtest into a results folder: the JSON document, the CSV tables and, with charts, the
 * charts (PNG and SVG) and a one-page HTML report, every name starting {@code backtest_<run id>}. The figures are those
 * of {@link BacktestReport#of(BacktestResult)}; {@code docs/backtest.md} ("Reports") lists the files and defines every
 * figure. Charts render headless ({@code java.awt.headless} is set to true unless already set). Each file is written
 * to a temporary file and renamed over the target, so a reader never sees half a file.
 */
public final class BacktestReportWriter {

    /** The mapper of the JSON document (dates, instants and durations as ISO-8601 text). */
    static final ObjectMapper JSON = Json.MAPPER
            .copy()
            .registerModule(new SimpleModule("backtest-time")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance));

    /**
     * The JSON document: the report (paise as {@code _paise} integers, ratios as decimal fractions) and every trade.
     *
     * @param report every figure of the run
     * @param trades every trade, in entry order
     */
    record Document(BacktestReport report, List<BacktestTrade> trades) {}

    private BacktestReportWriter() {}

    /**
     * Writes every report of {@code result} into {@code dir} (created when missing) with a risk-free rate of zero.
     *
     * @return the files written, JSON first, the HTML page last
     * @throws IOException when a file cannot be written
     * @throws IllegalArgumentException when a target exists and is not a regular file
     */
    public static List<Path> write(BacktestResult result, Path dir) throws IOException {
        return write(result, BacktestReport.of(result), dir);
    }

    /**
     * Writes {@code report} (computed from {@code result}) into {@code dir} (created when missing).
     *
     * @return the files written, JSON first, the HTML page last
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(BacktestResult result, BacktestReport report, Path dir) throws IOException {
        return write(result, report, dir, true);
    }

    /**
     * Writes {@code report} (computed from {@code result}) into {@code dir} (created when missing): the JSON document
     * and the CSV tables, and with {@code charts} also the charts and the HTML page.
     *
     * @return the files written, JSON first (the HTML page last when there is one)
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(BacktestResult result, BacktestReport report, Path dir, boolean charts)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(report, "report");
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Files.createDirectories(dir);
        String stem = stem(result.run().runId());
        List<Path> written = new ArrayList<>();
        Path json = dir.resolve(stem + ".json");
        OutputFile.write(json, out -> {
            out.write(JSON.writeValueAsString(new Document(report, result.trades())));
            return null;
        });
        written.add(json);
        for (BacktestCsv.Table table : BacktestCsv.all(report, result)) {
            Path file = dir.resolve(stem + "_" + table.name() + ".csv");
            OutputFile.write(file, out -> {
                for (String line : table.lines()) {
                    out.write(line);
                    out.write("\r\n");
                }
                return null;
            });
            written.add(file);
        }
        if (!charts) {
            return List.copyOf(written);
        }
        List<BacktestHtml.Figure> figures = new ArrayList<>();
        for (BacktestCharts.Chart chart : BacktestCharts.all(report, result.trades())) {
            Path png = dir.resolve(stem + "_" + chart.name() + ".png");
            Path svg = dir.resolve(stem + "_" + chart.name() + ".svg");
            ChartFile.write(chart.chart(), png, chart.width(), chart.height());
            ChartFile.write(chart.chart(), svg, chart.width(), chart.height());
            written.add(png);
            written.add(svg);
            figures.add(new BacktestHtml.Figure(
                    chart.title(), Files.readAllBytes(png), svg.getFileName().toString()));
        }
        Path html = dir.resolve(stem + ".html");
        OutputFile.write(html, out -> {
            out.write(BacktestHtml.page(report, figures));
            return null;
        });
        written.add(html);
        return List.copyOf(written);
    }

    /**
     * The file name stem of a run: {@code backtest_} and the run id with anything but letters, digits, dot, dash and
     * underscore replaced by an underscore.
     */
    static String stem(String runId) {
        return "backtest_" + runId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
