package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.NseFiles;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the committed lot table against the NSE files it was derived from. */
class LotSizeTableTest {

    private static final LotSizeTable LOTS = LotSizeTable.load();
    private static final YearMonth JAN_2020 = YearMonth.of(2020, 1);

    /** The Jan-2020 lot is the gcd of every open interest and change in OI (in units) of the Jan-2020 contracts. */
    @Test
    void test_lots_equalOpenInterestGcdOfJan2020Bhavcopies() {
        Map<String, BigInteger> gcd = new TreeMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (String file : List.of("fo01JAN2020bhav.csv", "fo02JAN2020bhav.csv", "fo03JAN2020bhav.csv")) {
            for (NseFiles.FoRow row : NseFiles.oldFoBhavcopy(file)) {
                if (!YearMonth.from(row.expiry()).equals(JAN_2020)) {
                    continue;
                }
                for (long oi : new long[] {row.openInterest(), Math.abs(row.changeInOpenInterest())}) {
                    if (oi != 0) {
                        gcd.merge(row.symbol(), BigInteger.valueOf(oi), BigInteger::gcd);
                        count.merge(row.symbol(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> mismatches = new TreeMap<>();
        gcd.forEach((symbol, g) -> {
            int lot = LOTS.find(symbol, JAN_2020).map(LotSize::unitsPerLot).orElse(-1);
            if (count.get(symbol) >= 5 && lot != g.intValueExact()) {
                mismatches.put(symbol, "table " + lot + ", gcd " + g);
            }
        });
        assertThat(gcd).hasSize(147);
        assertThat(mismatches).isEmpty();
    }

    /** Feb- and Mar-2020 rows of the table hold the Jan lot only where every OI of those months is a multiple of it. */
    @Test
    void test_lots_laterMonthsOf2020DivideTheirOpenInterest() {
        Map<String, String> mismatches = new TreeMap<>();
        for (NseFiles.FoRow row : NseFiles.oldFoBhavcopy("fo02JAN2020bhav.csv")) {
            YearMonth month = YearMonth.from(row.expiry());
            if (month.isAfter(JAN_2020) && !month.isAfter(YearMonth.of(2020, 3))) {
                LOTS.find(row.symbol(), month)
                        .filter(lot -> row.openInterest() % lot.unitsPerLot() != 0)
                        .ifPresent(lot -> mismatches.put(row.symbol() + " " + month, "OI " + row.openInterest()));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void test_lots_equalNewBoardLotOfUdiff2026() {
        Map<String, String> mismatches = new TreeMap<>();
        for (NseFiles.FoRow row : NseFiles.udiffFoBhavcopy()) {
            YearMonth month = YearMonth.from(row.expiry());
            if (month.isAfter(YearMonth.of(2026, 3))) {
                continue; // long-dated contracts are not in the table
            }
            int lot = LOTS.find(row.symbol(), month).map(LotSize::unitsPerLot).orElse(-1);
            if (lot != row.lotSize()) {
                mismatches.put(row.symbol() + " " + month, "table " + lot + ", file " + row.lotSize());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lot_sizes/2020-07/fo_mktlots.csv", "lot_sizes/2026-08/fo_mktlots.csv"})
    void test_lots_equalFirstThreeMonthsOfMktlots(String file) throws IOException {
        List<String[]> rows = DataFiles.readAllLines(ProjectData.file(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line ->
                        Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new))
                .toList();
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
        List<YearMonth> months = Arrays.stream(rows.get(0), 2, 5)
                .map(m -> YearMonth.parse(m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT), monthFormat))
                .toList();
        int checked = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            if (row[1].equalsIgnoreCase("Symbol")) {
                continue; // section header before the stocks
            }
            for (int i = 0; i < 3; i++) {
                if (!row[i + 2].isEmpty()) {
                    assertThat(LOTS.find(row[1], months.get(i)))
                            .as(row[1] + " " + months.get(i))
                            .map(LotSize::unitsPerLot)
                            .contains(Integer.parseInt(row[i + 2]));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void test_new_overlappingRowsRejected() {
        LotSize a = new LotSize(75, JAN_2020, YearMonth.of(2020, 3));
        LotSize b = LotSize.of(50, YearMonth.of(2020, 3));
        assertThatThrownBy(() -> new LotSizeTable(Map.of("NIFTY", List.of(a, b))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NIFTY");
    }
}
