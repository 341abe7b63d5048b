package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class PayoffChartTest {

    private static final double EXACT = 1e-9;
    private static final LocalDate TRADE_DATE = LocalDate.of(2026, 11, 20);

    /** Bull call spread 1500/1560, one lot of 500, with a book on each leg; 30 days, 25 % vol. */
    private static PayoffReport bullCallSpread() {
        ProbabilityModel model = ProbabilityModel.of(1500, 0.25, 0.065, 0, 30 / 365.0);
        List<io.optionsv4.core.probability.Leg> legs = List.of(
                OptionLeg.of(Right.CALL, Side.BUY, 1500, 35.2, 1, 500),
                OptionLeg.of(Right.CALL, Side.SELL, 1560, 12.1, 1, 500));
        List<LegQuote> quotes = List.of(new LegQuote(34.8, 35.6, 0.27), new LegQuote(11.8, 12.4, Double.NaN));
        PayoffMarket market = new PayoffMarket(
                "RELIANCE", io.optionsv4.core.instrument.UnderlyingKind.STOCK, Optional.of(TRADE_DATE));
        PayoffCommand.Position position = new PayoffCommand.Position(
                "Bull Call Spread", legs, quotes, model, 0.25, 500, market, Optional.empty());
        return PayoffReport.of(position, false, TRADE_DATE);
    }

    private static XYSeries series(PayoffChart chart, int index) {
        XYPlot plot = chart.chart().getXYPlot();
        return ((XYSeriesCollection) plot.getDataset()).getSeries(index);
    }

    @Test
    void test_expirySeries_equalsThePayoffAtExecutablePrices() {
        PayoffChart chart = PayoffChart.of(bullCallSpread());
        XYSeries expiry = series(chart, 0);
        assertThat(expiry.getItemCount()).isGreaterThanOrEqualTo(PayoffChart.POINTS);
        for (int i = 0; i < expiry.getItemCount(); i += 10) {
            double s = expiry.getX(i).doubleValue();
            // Independent payoff: long 1500 call bought at the ask 35.6, short 1560 call sold at the bid 11.8.
            double expected = (Math.max(s - 1500, 0) - 35.6 - Math.max(s - 1560, 0) + 11.8) * 500;
            assertThat(expiry.getY(i).doubleValue()).as("spot " + s).isCloseTo(expected, within(1e-6));
        }
        assertThat(expiry.indexOf(1500.0))
                .as("the kink at the strike is a point")
                .isNotNegative();
        assertThat(expiry.indexOf(1560.0)).isNotNegative();
    }

    @Test
    void test_todaySeries_equalsTheBlackScholesMertonSumAtEachLegsVolatility() {
        PayoffChart chart = PayoffChart.of(bullCallSpread());
        XYSeries today = series(chart, 1);
        double t = 30 / 365.0;
        for (int i = 0; i < today.getItemCount(); i += 17) {
            double s = today.getX(i).doubleValue();
            double expected = (BlackScholesMerton.price(Right.CALL, s, 1500, t, 0.27, 0.065, 0)
                            - 35.6
                            - BlackScholesMerton.price(Right.CALL, s, 1560, t, 0.25, 0.065, 0)
                            + 11.8)
                    * 500;
            assertThat(today.getY(i).doubleValue()).as("spot " + s).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void test_markers_breakevenSpotAndSigmaBands() {
        PayoffReport report = bullCallSpread();
        XYPlot plot = PayoffChart.of(report).chart().getXYPlot();
        Collection<?> lines = plot.getDomainMarkers(Layer.FOREGROUND);
        List<Double> values =
                lines.stream().map(m -> ((ValueMarker) m).getValue()).toList();
        assertThat(values).hasSize(2).contains(1500.0);
        assertThat(values).anySatisfy(v -> assertThat(v).isCloseTo(1500 + 23.8, within(EXACT)));
        assertThat(lines.stream().map(m -> ((Marker) m).getLabel()).toList())
                .contains("spot 1,500.00", "breakeven 1,523.80");
        List<IntervalMarker> bands = ((Collection<?>) plot.getDomainMarkers(Layer.BACKGROUND))
                .stream().map(IntervalMarker.class::cast).toList();
        double sd = 0.25 * Math.sqrt(30 / 365.0);
        assertThat(bands).hasSize(2);
        assertThat(bands.get(0).getStartValue()).isCloseTo(1500 * Math.exp(-2 * sd), within(EXACT));
        assertThat(bands.get(0).getEndValue()).isCloseTo(1500 * Math.exp(2 * sd), within(EXACT));
        assertThat(bands.get(1).getStartValue()).isCloseTo(1500 * Math.exp(-sd), within(EXACT));
        assertThat(bands.get(1).getEndValue()).isCloseTo(1500 * Math.exp(sd), within(EXACT));
        assertThat(PayoffChart.of(report).chart().getTitle().getText()).startsWith("RELIANCE Bull Call Spread");
    }

    @Test
    void test_write_pngDecodes(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("chart.png");
        ChartFile.write(PayoffChart.of(bullCallSpread()).chart(), png);
        assertThat(Files.size(png)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartFile.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartFile.HEIGHT);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(png);
        }
    }

    @Test
    void test_write_svgIsAnSvgDocument(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("chart.svg");
        ChartFile.write(PayoffChart.of(bullCallSpread()).chart(), svg);
        Document document = parseXml(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getTextContent()).contains("P&L at expiry");
    }

    @Test
    void test_write_refusesAFolderAndOtherExtensions(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.png"));
        assertThatThrownBy(
                        () -> ChartFile.write(PayoffChart.of(bullCallSpread()).chart(), folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(
                        () -> ChartFile.write(PayoffChart.of(bullCallSpread()).chart(), dir.resolve("x.jpg")))
                .hasMessageContaining(".png or .svg");
    }

    @Test
    void test_payoffChartOption_writesThePng(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("spread.png");
        String input = """
                {"spot":1500,"volatility":0.25,"days":30,"lot_size":500,"as_of":"2026-11-20",
                 "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2}]}""";
        Cli.Run run = Cli.run(input, "payoff", "--chart", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void test_analyzeCharts_onePngPerKeptStrategyBesideTheResults(@TempDir Path home) throws IOException {
        Cli.Run run = Cli.run(
                "",
                false,
                java.util.Map.of("OPTIONS_V4_HOME", home.toString()),
                "analyze",
                "--as-of",
                "2026-11-20",
                "--symbol",
                "NIFTY,RELIANCE",
                "--no-database",
                "--json",
                "--quiet",
                "--charts");
        assertThat(run.exitCode()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode document =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        int strategies = 0;
        for (com.fasterxml.jackson.databind.JsonNode symbol : document.get("symbols")) {
            strategies += symbol.get("strategies").size();
        }
        Path folder;
        try (var files = Files.list(home.resolve("results"))) {
            folder = files.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(folder.getFileName().toString()).matches("options_v4_analysis_\\d{8}_\\d{6}_charts");
        try (var files = Files.list(folder)) {
            List<Path> charts = files.toList();
            assertThat(charts).hasSize(strategies).isNotEmpty();
            assertThat(charts)
                    .anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("NIFTY_"));
            for (Path chart : charts) {
                assertThat(chart.getFileName().toString()).matches("[A-Z&-]+_[a-z0-9-]+\\.png");
                assertThat(ImageIO.read(chart.toFile())).isNotNull();
            }
        }
    }

    /** Parses an XML file without fetching its DTD (Batik names the SVG 1.0 DTD; the tests run offline). */
    private static Document parseXml(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not a well-formed XML document: " + e.getMessage(), e);
        }
    }
}
