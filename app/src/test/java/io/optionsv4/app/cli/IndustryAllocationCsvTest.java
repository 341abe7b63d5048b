package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndustryAllocationCsvTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

    @Test
    void test_fields_quotedCommaAndQuote() {
        assertThat(IndustryAllocationCsv.fields("\"Oil, Gas \"\"& Fuels\"\", x\", 12.5 ,LONG"))
                .containsExactly("Oil, Gas \"& Fuels\", x", "12.5", "LONG");
    }

    @Test
    void test_parse_problemsNamedByLine() {
        IndustryAllocationCsv.Parsed parsed = IndustryAllocationCsv.parse(
                List.of("industry,weight,position_type", "IT,10,LONG,extra", "IT,10.12345,LONG", "IT,-1,LONG"),
                Set.of("IT"),
                DAY);

        assertThat(parsed.allocations()).isEmpty();
        assertThat(parsed.problems())
                .containsExactly(
                        "line 1: header must be 'industry,weight_percentage,position_type' but was"
                                + " 'industry,weight,position_type'",
                        "line 2: expected 3 fields but found 4",
                        "line 3: weightPercent must have at most 4 decimals but was 10.12345",
                        "line 4: weightPercent must be in [0, 100] but was -1");
    }

    @Test
    void test_parse_emptyFile() {
        assertThat(IndustryAllocationCsv.parse(List.of("# nothing", ""), Set.of(), DAY)
                        .problems())
                .containsExactly("the file is empty: expected the header '" + IndustryAllocationCsv.HEADER
                        + "' and one row per industry");
    }
}
