package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.allocation.ScenarioCell;
import io.optionsv4.core.allocation.ScenarioGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationChartTest {

    /** A grid whose P&amp;L encodes its indexes: day × 10,000 + vol × 100 + move, minus a loss offset. */
    private static ScenarioGrid grid() {
        List<ScenarioCell> cells = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            for (int v = 0; v < 3; v++) {
                for (int m = 0; m < 9; m++) {
                    cells.add(new ScenarioCell(
                            ScenarioGrid.STANDARD_MOVES.get(m),
                            ScenarioGrid.STANDARD_VOL_SHIFTS.get(v),
                            ScenarioGrid.STANDARD_DAYS.get(d),
                            d * 10_000 + v * 100 + m - 15_000));
                }
            }
        }
        return new ScenarioGrid(
                ScenarioGrid.STANDARD_MOVES, ScenarioGrid.STANDARD_VOL_SHIFTS, ScenarioGrid.STANDARD_DAYS, cells);
    }

    @Test
    void test_dataset_isTheGridOnCategoryIndexes() {
        ScenarioGrid g = grid();

        DefaultXYZDataset dataset = AllocationChart.dataset(g);

        assertThat(dataset.getItemCount(0)).isEqualTo(81);
        for (int i = 0; i < 81; i++) {
            int x = (int) dataset.getXValue(0, i);
            int y = (int) dataset.getYValue(0, i);
            assertThat(dataset.getZValue(0, i))
                    .isEqualTo(g.cell(y / 3, y % 3, x).pnl());
        }
    }

    @Test
    void test_labels_nameEveryColumnAndRow() {
        ScenarioGrid g = grid();

        assertThat(AllocationChart.moveLabels(g))
                .containsExactly("-10%", "-5%", "-2%", "-1%", "+0%", "+1%", "+2%", "+5%", "+10%");
        assertThat(AllocationChart.rowLabels(g))
                .containsExactly(
                        "now, IV -5",
                        "now, IV +0",
                        "now, IV +5",
                        "+1 day, IV -5",
                        "+1 day, IV +0",
                        "+1 day, IV +5",
                        "+1 week, IV -5",
                        "+1 week, IV +0",
                        "+1 week, IV +5");
    }

    @Test
    void test_write_drawsAPngBesideTheResults(@TempDir Path dir) throws IOException {
        Path png = AllocationChart.write(grid(), dir.resolve("options_portfolio_allocation_x.json"));

        assertThat(png.getFileName().toString()).isEqualTo("options_portfolio_allocation_x_scenarios.png");
        assertThat(Files.size(png)).isPositive();
    }
}
