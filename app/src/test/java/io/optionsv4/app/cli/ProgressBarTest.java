package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static SymbolOutcome outcome(String symbol) {
        return new SymbolOutcome.NoStrategy(
                symbol, Optional.empty(), RejectionReason.DATA_MISSING, "no candles", List.of());
    }

    @Test
    void test_finished_drawsTheShareDoneAndClearsTheLineAtTheEnd() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true));

        bar.finished(outcome("ACC"), 1, 4);
        String afterOne = text.toString();
        bar.finished(outcome("SBIN"), 2, 4);
        bar.finished(outcome("TCS"), 3, 4);
        bar.finished(outcome("WIPRO"), 4, 4);

        assertThat(afterOne).startsWith("\r[").contains("1/4  ACC").contains("#".repeat(7) + ".");
        assertThat(text.toString())
                .contains("2/4  SBIN")
                .contains("[" + "#".repeat(30) + "] 4/4  WIPRO")
                .endsWith("\r");
    }

    @Test
    void test_finished_skipsRedrawsThatChangeNothingVisible() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true));

        bar.finished(outcome("A"), 1, 1000);
        bar.finished(outcome("B"), 2, 1000);
        bar.finished(outcome("C"), 10, 1000);

        assertThat(text.toString()).contains("1/1000").doesNotContain("2/1000").contains("10/1000");
    }
}
