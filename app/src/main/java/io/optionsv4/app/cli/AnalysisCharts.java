package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The charts of {@code analyze --charts}: one {@link PayoffChart} PNG per strategy of a results document, in a folder
 * beside it ({@code options_v4_analysis_YYYYMMDD_HHMMSS_charts/SYMBOL_strategy-name.png}). Each strategy object is
 * read exactly as {@code payoff} reads it ({@link AnalyzedStrategy}), so the chart is the one {@code payoff --chart}
 * draws for it.
 */
final class AnalysisCharts {

    /**
     * What was drawn.
     *
     * @param written the chart files
     * @param skipped one line per strategy that could not be charted (its symbol, name and why)
     */
    record Result(List<Path> written, List<String> skipped) {}

    private AnalysisCharts() {}

    /**
     * Draws the charts of every strategy in the results document {@code results}; a strategy that cannot be charted (a
     * bad book, a date without rates) is skipped and named, the others are drawn.
     *
     * @throws UncheckedIOException when the document cannot be read or a chart cannot be written
     */
    static Result write(Path results) {
        String stem = results.getFileName().toString().replaceFirst("\\.json$", "");
        Path folder = results.resolveSibling(stem + "_charts");
        List<Path> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            JsonNode document = Json.MAPPER.readTree(results.toFile());
            Files.createDirectories(folder);
            Set<String> names = new HashSet<>();
            for (JsonNode symbol : document.path("symbols")) {
                for (JsonNode strategy : symbol.path("strategies")) {
                    String name = fileName(symbol, strategy);
                    try {
                        PayoffCommand.Position position = PayoffCommand.Position.of(PayoffRequest.parse(strategy))
                                .withName(strategy.path("name").asText(""));
                        PayoffReport report = PayoffReport.of(
                                position,
                                false,
                                position.market()
                                        .asOf()
                                        .orElseThrow(() -> new IllegalArgumentException(
                                                "the strategy has no days_to_expiry to date it")));
                        Path file = folder.resolve(unique(names, name) + ".png");
                        ChartFile.write(PayoffChart.of(report).chart(), file);
                        written.add(file);
                    } catch (IllegalArgumentException e) {
                        skipped.add(name + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the charts of " + results + " into " + folder, e);
        }
        return new Result(List.copyOf(written), List.copyOf(skipped));
    }

    private static String fileName(JsonNode symbol, JsonNode strategy) {
        String name = strategy.path("name").asText("strategy").toLowerCase(Locale.ROOT);
        String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return symbol.path("symbol").asText("UNKNOWN").replaceAll("[^A-Za-z0-9&-]", "_") + "_" + slug;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
