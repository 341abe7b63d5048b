package io.optionsv4.app.cli;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.IndustryStrength;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.allocation.SectorAllocation;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds the reference tables from the project's reference data: {@code stock_data} always (an upsert), and {@code
 * industry_allocations_current} derived by {@link IndustryStrength} unless the user imported allocations (an imported
 * allocation is never replaced by a derived one), and {@code sector_allocations_current} rolled up from the industries.
 */
final class ReferenceSeeder {

    private final ReferenceStore store;

    ReferenceSeeder(ReferenceStore store) {
        this.store = store;
    }

    /** What seeding did: stocks stored and what happened to the industry allocations. */
    record Seeded(int stocks, String allocations) {}

    /** Seeds both tables as of {@code asOf}. */
    Seeded seed(MarketData marketData, LocalDate asOf) {
        ReferenceData reference = ReferenceData.standard();
        int stocks = store.storeStocks(reference.underlyings());
        List<IndustryAllocation> current = store.industryAllocations();
        if (current.stream().anyMatch(a -> a.source() == IndustryAllocation.Source.IMPORTED)) {
            rollUpSectors(store, reference, current);
            return new Seeded(stocks, current.size() + " imported kept");
        }
        List<IndustryAllocation> derived = derive(marketData, reference, asOf);
        if (derived.isEmpty()) {
            return new Seeded(stocks, "none derived (no candles in the 3 months to " + asOf + ")");
        }
        store.replaceIndustryAllocations(derived);
        rollUpSectors(store, reference, derived);
        return new Seeded(stocks, derived.size() + " derived from 3-month relative strength to " + asOf);
    }

    /** Replaces the sector allocations by the roll-up of {@code industries} (sector of an industry: its stocks'). */
    static void rollUpSectors(ReferenceStore store, ReferenceData reference, List<IndustryAllocation> industries) {
        Map<String, String> sectorOf = new HashMap<>();
        reference.underlyings().stream()
                .filter(u -> !u.isIndex())
                .forEach(u -> sectorOf.putIfAbsent(u.industry(), u.sector()));
        store.replaceSectorAllocations(SectorAllocation.rollUp(industries, sectorOf));
    }

    private static List<String> universe(MarketData marketData, LocalDate asOf) {
        try {
            return marketData.symbols(asOf);
        } catch (MarketDataException e) {
            rethrowAccessDenied(e);
            return List.of();
        }
    }

    /** Derives the default allocations from the candles of the stocks with options that day and NIFTY's. */
    static List<IndustryAllocation> derive(MarketData marketData, ReferenceData reference, LocalDate asOf) {
        LocalDate from = IndustryStrength.windowStart(asOf);
        Map<String, List<Candle>> candles = new HashMap<>();
        Map<String, String> industries = new HashMap<>();
        for (String symbol : universe(marketData, asOf)) {
            Optional<Underlying> underlying = reference.findUnderlying(symbol).filter(u -> !u.isIndex());
            if (underlying.isEmpty()) {
                continue;
            }
            try {
                candles.put(symbol, marketData.dailyCandles(symbol, from, asOf));
                industries.put(symbol, underlying.get().industry());
            } catch (MarketDataException e) {
                rethrowAccessDenied(e); // refused credentials are not "a stock without history"
            }
        }
        List<Candle> nifty;
        try {
            nifty = marketData.niftyHistory(from, asOf);
        } catch (MarketDataException e) {
            rethrowAccessDenied(e);
            nifty = List.of();
        }
        return IndustryStrength.derive(candles, industries, nifty, asOf);
    }

    private static void rethrowAccessDenied(MarketDataException e) {
        if (e.isAccessDenied()) {
            throw e;
        }
    }
}
