package io.optionsv4.app.cli;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes a chart to a PNG (JFreeChart's encoder) or SVG (Apache Batik's SVG generator) file, chosen by the extension,
 * through {@link OutputFile}: a temporary file in the same folder renamed atomically over the target, so a reader never
 * sees half a chart, and an existing target that is not a regular file (a folder, a link, a device) is refused.
 */
final class ChartFile {

    /** Width of a chart in pixels. */
    static final int WIDTH = 1200;

    /** Height of a chart in pixels. */
    static final int HEIGHT = 750;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private ChartFile() {}

    /**
     * Writes {@code chart} to {@code target} ({@code .png} or {@code .svg}).
     *
     * @throws IllegalArgumentException for another extension, a missing folder or a target that is not a regular file
     */
    static void write(JFreeChart chart, Path target) throws IOException {
        write(chart, target, WIDTH, HEIGHT);
    }

    /**
     * Writes {@code chart} to {@code target} ({@code .png} or {@code .svg}) at {@code width} x {@code height} pixels.
     *
     * @throws IllegalArgumentException for another extension, a missing folder or a target that is not a regular file
     */
    static void write(JFreeChart chart, Path target, int width, int height) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("--chart " + target + ": the file must end in .png or .svg");
        }
        OutputFile.writeBytes(target, out -> {
            if (svg) {
                Document document =
                        GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
                SVGGraphics2D g = new SVGGraphics2D(document);
                g.setSVGCanvasSize(new Dimension(width, height));
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                g.stream(writer, true);
                writer.flush();
            } else {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
        });
    }
}
