package io.optionsv4.marketdata.reference;

import io.optionsv4.core.instrument.LotSize;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lot sizes by symbol and contract month, read from {@code lot_sizes.csv}. Rows of one symbol never overlap (checked on
 * load), so a contract month has at most one lot.
 */
final class LotSizeTable {

    private final Map<String, List<LotSize>> bySymbol;

    LotSizeTable(Map<String, List<LotSize>> bySymbol) {
        Map<String, List<LotSize>> copy = new HashMap<>();
        bySymbol.forEach((symbol, lots) -> {
            for (int i = 0; i < lots.size(); i++) {
                for (int j = i + 1; j < lots.size(); j++) {
                    if (overlap(lots.get(i), lots.get(j))) {
                        throw new IllegalStateException(
                                "lot sizes of " + symbol + " overlap: " + lots.get(i) + " and " + lots.get(j));
                    }
                }
            }
            copy.put(symbol, List.copyOf(lots));
        });
        this.bySymbol = Map.copyOf(copy);
    }

    /** Loads the table from {@code lot_sizes.csv}. */
    static LotSizeTable load() {
        Map<String, List<LotSize>> bySymbol = new HashMap<>();
        for (ReferenceCsv.Row row :
                ReferenceCsv.read("lot_sizes.csv", "symbol,first_month,last_month,units_per_lot,source")) {
            LotSize lot = new LotSize(row.integer(3), row.month(1), row.month(2));
            bySymbol.computeIfAbsent(row.text(0), s -> new ArrayList<>()).add(lot);
        }
        return new LotSizeTable(bySymbol);
    }

    Optional<LotSize> find(String symbol, YearMonth contractMonth) {
        return lots(symbol).stream().filter(lot -> lot.appliesTo(contractMonth)).findFirst();
    }

    List<LotSize> lots(String symbol) {
        return bySymbol.getOrDefault(symbol, List.of());
    }

    private static boolean overlap(LotSize a, LotSize b) {
        return !a.lastContractMonth().isBefore(b.firstContractMonth())
                && !b.lastContractMonth().isBefore(a.firstContractMonth());
    }
}
