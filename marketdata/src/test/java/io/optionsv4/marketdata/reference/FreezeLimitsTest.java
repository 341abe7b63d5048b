package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreezeLimitsTest {

    @TempDir
    Path home;

    @Test
    void test_standard_effectiveDatedIndexLimitsWithTheirCircular() {
        FreezeLimits limits = FreezeLimits.standard();

        assertThat(limits.maxQuantity("BANKNIFTY", LocalDate.of(2025, 8, 29))).hasValue(600);
        assertThat(limits.maxQuantity("BANKNIFTY", LocalDate.of(2025, 9, 1))).hasValue(900);
        assertThat(limits.maxQuantity("BANKNIFTY", LocalDate.of(2025, 11, 3))).hasValue(600);
        assertThat(limits.limit("NIFTY", LocalDate.of(2025, 10, 1))
                        .orElseThrow()
                        .source())
                .isEqualTo("NSE-2025-08-29");
        assertThat(limits.maxQuantity("nifty", LocalDate.of(2025, 11, 30))).hasValue(1800);
    }

    @Test
    void test_standard_unknownSymbolOrDateHasNoLimit() {
        FreezeLimits limits = FreezeLimits.standard();

        assertThat(limits.maxQuantity("NIFTY", LocalDate.of(2025, 12, 1))).isEmpty();
        assertThat(limits.maxQuantity("NIFTY", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(limits.maxQuantity("RELIANCE", LocalDate.of(2025, 10, 1))).isEmpty();
    }

    @Test
    void test_standardWith_homeRowsWinAndExtend() throws IOException {
        Files.writeString(
                home.resolve("freeze_quantities.csv"),
                "# mine\n" + FreezeLimits.HEADER + "\nNIFTY,2025-10-01,2026-12-31,1755,qtyfreeze 2026\n"
                        + "RELIANCE,2026-01-01,2026-12-31,10000,qtyfreeze 2026\n");

        FreezeLimits limits = FreezeLimits.standardWith(home.resolve("freeze_quantities.csv"));

        assertThat(limits.maxQuantity("NIFTY", LocalDate.of(2025, 10, 15))).hasValue(1755);
        assertThat(limits.maxQuantity("NIFTY", LocalDate.of(2025, 9, 15))).hasValue(1800);
        assertThat(limits.maxQuantity("RELIANCE", LocalDate.of(2026, 12, 7))).hasValue(10000);
        assertThat(FreezeLimits.standardWith(home.resolve("absent.csv")).limits())
                .isEqualTo(FreezeLimits.standard().limits());
    }

    @Test
    void test_parse_badRowsNameFileLineFieldAndValue() {
        assertThatThrownBy(() -> parse("symbol,from\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("f.csv:1: the header must be");
        assertThatThrownBy(() -> parse(FreezeLimits.HEADER + "\nNIFTY,2025-01-01,2025-13-01,1800,x\n"))
                .hasMessageContaining("f.csv:2: effective_to must be YYYY-MM-DD but was '2025-13-01'");
        assertThatThrownBy(() -> parse(FreezeLimits.HEADER + "\nNIFTY,2025-01-01,2025-02-01,lots,x\n"))
                .hasMessageContaining("f.csv:2: max_order_quantity must be a whole number but was 'lots'");
        assertThatThrownBy(() -> parse(FreezeLimits.HEADER + "\n\nNIFTY,2025-01-01,2025-02-01,1800,\n"))
                .hasMessageContaining("f.csv:3: source is empty");
        assertThatThrownBy(() -> parse(FreezeLimits.HEADER + "\nNIFTY,2025-02-01,2025-01-01,1800,x\n"))
                .hasMessageContaining("effective_to 2025-01-01 is before effective_from 2025-02-01");
    }

    private static FreezeLimits parse(String text) throws IOException {
        return FreezeLimits.parse(new StringReader(text), "f.csv");
    }
}
