package io.optionsv4.core.allocation;

import io.optionsv4.core.instrument.Underlying;
import java.util.List;

/**
 * The persistence port of reference and allocation data: {@code stock_data} (symbol to industry and sector), {@code
 * industry_allocations_current} and {@code sector_allocations_current}. Implementations are thread-safe and throw
 * {@code core.result.StoreException} on failure.
 */
public interface ReferenceStore {

    /** Inserts or updates one {@code stock_data} row per underlying in one transaction; returns how many. */
    int storeStocks(List<Underlying> underlyings);

    /** Returns the number of {@code stock_data} rows. */
    int stockCount();

    /**
     * Replaces every industry allocation by {@code allocations} in one transaction: all of them or, on failure, none.
     */
    void replaceIndustryAllocations(List<IndustryAllocation> allocations);

    /** Returns the current industry allocations, by industry name. */
    List<IndustryAllocation> industryAllocations();

    /** Replaces every sector allocation by {@code allocations} in one transaction. */
    void replaceSectorAllocations(List<SectorAllocation> allocations);

    /** Returns the current sector allocations, by sector name. */
    List<SectorAllocation> sectorAllocations();
}
