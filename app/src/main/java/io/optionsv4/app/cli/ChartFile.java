package io.optionsv4.app.cli;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart to a PNG (JFreeChart's encoder) or SVG (JFreeSVG) file, chosen by the extension: through a temporary
 * file in the same folder renamed atomically over the target, so a reader never sees half a chart. An existing target
 * that is not a regular file (a folder, a link, a device) is refused.
 */
final class ChartFile {

    /** Width of a chart in pixels. */
    static final int WIDTH = 1200;

    /** Height of a chart in pixels. */
    static final int HEIGHT = 750;

    private ChartFile() {}

    /**
     * Writes {@code chart} to {@code target} ({@code .png} or {@code .svg}).
     *
     * @throws IllegalArgumentException for another extension, a missing folder or a target that is not a regular file
     */
    static void write(JFreeChart chart, Path target) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("--chart " + target + ": the file must end in .png or .svg");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--chart " + target + " exists and is not a regular file: not replaced");
        }
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--chart " + target + ": folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, ".chart-", svg ? ".svg.tmp" : ".png.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (svg) {
                    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
                    out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
                } else {
                    ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
