package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.optionsv4.core.selection.RiskTolerance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AnalysisRequestTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private static AnalysisRequest request(List<String> symbols, OptionalInt limit, int top) {
        return new AnalysisRequest(AS_OF, symbols, limit, RiskTolerance.CONSERVATIVE, top, true);
    }

    @Test
    void test_new_symbolsStrippedUpperCasedDeduplicatedInOrder() {
        AnalysisRequest request =
                request(List.of("reliance ", " TCS", "Reliance", "m&m", "tcs"), OptionalInt.empty(), 3);

        assertThat(request.symbols()).containsExactly("RELIANCE", "TCS", "M&M");
    }

    @Test
    void test_new_symbolsCopied() {
        List<String> symbols = new ArrayList<>(List.of("ABB"));

        AnalysisRequest request = request(symbols, OptionalInt.empty(), 3);
        symbols.add("TCS");

        assertThat(request.symbols()).containsExactly("ABB");
    }

    @Test
    void test_new_blankSymbol_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(List.of("ABB", "  "), OptionalInt.empty(), 3))
                .withMessageContaining("symbol");
    }

    @Test
    void test_new_limitBelowOne_rejectedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(List.of(), OptionalInt.of(0), 3))
                .withMessage("--limit must be >= 1 but was 0");
    }

    @Test
    void test_new_topBelowOne_rejectedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(List.of(), OptionalInt.empty(), 0))
                .withMessage("--top must be >= 1 but was 0");
    }

    @Test
    void test_new_emptySymbols_meansTheUniverse() {
        AnalysisRequest request = request(List.of(), OptionalInt.of(10), 1);

        assertThat(request.symbols()).isEmpty();
        assertThat(request.limit()).hasValue(10);
    }
}
