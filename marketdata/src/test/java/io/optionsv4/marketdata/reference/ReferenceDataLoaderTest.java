package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.NseFiles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the committed underlying and strike-step tables against the NSE files they were derived from. */
class ReferenceDataLoaderTest {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final LocalDate JAN_1_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_1_2026 = LocalDate.of(2026, 1, 1);
    private static final int NEAR_STRIKES = 11;

    @Test
    void test_underlyings_industryFromNewestNifty500List() {
        Map<String, Map<String, String>> list2026 = nifty500("constituents/2026-03/ind_nifty500list.csv");
        Map<String, Map<String, String>> list2019 = nifty500("constituents/2019-10/ind_nifty500list.csv");
        Set<String> sectors2026 =
                list2026.values().stream().map(r -> r.get("Industry")).collect(Collectors.toCollection(TreeSet::new));
        for (Underlying u : DATA.underlyings()) {
            if (u.isIndex()) {
                assertThat(u.sector()).isEqualTo("Index");
            } else if (list2026.containsKey(u.symbol())) {
                assertThat(u.industry())
                        .as(u.symbol())
                        .isEqualTo(list2026.get(u.symbol()).get("Industry"));
                assertThat(u.name())
                        .as(u.symbol())
                        .isEqualTo(list2026.get(u.symbol()).get("Company Name"));
            } else if (list2019.containsKey(u.symbol())) {
                assertThat(u.industry())
                        .as(u.symbol())
                        .isEqualTo(list2019.get(u.symbol()).get("Industry"));
            } else {
                assertThat(u.industry()).as(u.symbol()).isEqualTo("UNCLASSIFIED");
            }
            if (!u.isIndex() && !u.sector().equals("UNCLASSIFIED")) {
                assertThat(sectors2026).as(u.symbol()).contains(u.sector());
            }
        }
    }

    @Test
    void test_underlyings_everyUnderlyingOfTheFoFilesIsKnown() {
        Set<String> symbols = new TreeSet<>();
        NseFiles.oldFoBhavcopy("fo01JAN2020bhav.csv").forEach(r -> symbols.add(r.symbol()));
        NseFiles.udiffFoBhavcopy().forEach(r -> symbols.add(r.symbol()));
        assertThat(symbols)
                .hasSizeGreaterThan(250)
                .allMatch(s -> DATA.findUnderlying(s).isPresent());
    }

    @Test
    void test_strikeSteps_equalMostCommonNearMoneySpacing() {
        Map<String, String> mismatches = new TreeMap<>();
        nearMoneySteps(NseFiles.oldFoBhavcopy("fo01JAN2020bhav.csv"), LocalDate.of(2020, 1, 30))
                .forEach((symbol, step) -> compare(mismatches, symbol, JAN_1_2020, step));
        nearMoneySteps(NseFiles.udiffFoBhavcopy(), LocalDate.of(2026, 1, 27))
                .forEach((symbol, step) -> compare(mismatches, symbol, JAN_1_2026, step));
        assertThat(mismatches).isEmpty();
    }

    private static void compare(Map<String, String> mismatches, String symbol, LocalDate day, double step) {
        StrikeStep stored = DATA.strikeStep(symbol, day);
        if (!stored.observedOn().equals(day) || stored.step() != step) {
            mismatches.put(symbol + " " + day, "table " + stored + ", files " + step);
        }
    }

    /** Most common spacing of the 11 strikes nearest the underlying (2020: the near future's close); ties: smaller. */
    private static Map<String, Double> nearMoneySteps(List<NseFiles.FoRow> rows, LocalDate nearExpiry) {
        Map<String, Set<Double>> strikes = new TreeMap<>();
        Map<String, Double> spot = new HashMap<>();
        for (NseFiles.FoRow r : rows) {
            if (!r.expiry().equals(nearExpiry)) {
                continue;
            }
            if (r.option()) {
                strikes.computeIfAbsent(r.symbol(), s -> new TreeSet<>()).add(r.strike());
            }
            if (r.underlyingPrice() > 0) {
                spot.put(r.symbol(), r.underlyingPrice());
            }
        }
        Map<String, Double> steps = new TreeMap<>();
        strikes.forEach((symbol, all) -> {
            double price = spot.get(symbol);
            List<Double> near = all.stream()
                    .sorted(Comparator.comparingDouble(k -> Math.abs(k - price)))
                    .limit(NEAR_STRIKES)
                    .sorted()
                    .toList();
            Map<Double, Integer> gaps = new TreeMap<>();
            for (int i = 1; i < near.size(); i++) {
                gaps.merge(Math.round((near.get(i) - near.get(i - 1)) * 100) / 100.0, 1, Integer::sum);
            }
            int most = gaps.values().stream().max(Integer::compare).orElseThrow();
            steps.put(
                    symbol,
                    gaps.entrySet().stream()
                            .filter(e -> e.getValue() == most)
                            .findFirst()
                            .orElseThrow()
                            .getKey());
        });
        return steps;
    }

    private static Map<String, Map<String, String>> nifty500(String file) {
        return NseFiles.csv(ProjectData.file(file)).stream()
                .collect(Collectors.toMap(r -> r.get("Symbol"), r -> r, (a, b) -> a));
    }
}
