package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    private static final String HEADER = "date,kind";

    @Test
    void test_parse_skipsCommentsAndTrimsFields() {
        List<ReferenceCsv.Row> rows =
                ReferenceCsv.parse("t.csv", HEADER, List.of("# source: x", "date,kind", " 2019-12-25 , HOLIDAY", ""));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).date(0)).isEqualTo(LocalDate.of(2019, 12, 25));
        assertThat(rows.get(0).text(1)).isEqualTo("HOLIDAY");
        assertThat(rows.get(0).line()).isEqualTo(3);
    }

    @Test
    void test_parse_wrongHeaderNamesResourceAndLine() {
        assertThatThrownBy(() -> ReferenceCsv.parse("t.csv", HEADER, List.of("day,kind")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv line 1")
                .hasMessageContaining("day,kind");
    }

    @Test
    void test_parse_wrongFieldCountAndBadDateNameTheLine() {
        assertThatThrownBy(() -> ReferenceCsv.parse("t.csv", HEADER, List.of(HEADER, "2019-12-25")))
                .hasMessageContaining("t.csv line 2")
                .hasMessageContaining("expected 2 fields");
        List<ReferenceCsv.Row> rows = ReferenceCsv.parse("t.csv", HEADER, List.of(HEADER, "25-12-2019,HOLIDAY"));
        assertThatThrownBy(() -> rows.get(0).date(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv line 2")
                .hasMessageContaining("25-12-2019");
    }

    @Test
    void test_read_missingResourceIsNamed() {
        assertThatThrownBy(() -> ReferenceCsv.read("nope.csv", HEADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nope.csv");
    }
}
