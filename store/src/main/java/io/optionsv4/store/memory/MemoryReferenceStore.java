package io.optionsv4.store.memory;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.allocation.SectorAllocation;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@link ReferenceStore} in memory, in the shared books: {@code stock_data} (where the allocation and portfolio
 * stores read the industries), the industry and the sector allocations, each list sorted by name. Names are ordered by
 * {@link String#compareTo} (PostgreSQL's C collation). Thread-safe: each call holds the books' monitor.
 */
public final class MemoryReferenceStore implements ReferenceStore {

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryReferenceStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public int storeStocks(List<Underlying> underlyings) {
        Checks.notNull(underlyings, "underlyings");
        synchronized (books) {
            underlyings.forEach(u -> books.stocks.put(u.symbol(), u));
            return underlyings.size();
        }
    }

    @Override
    public int stockCount() {
        synchronized (books) {
            return books.stocks.size();
        }
    }

    @Override
    public void replaceIndustryAllocations(List<IndustryAllocation> allocations) {
        Checks.notNull(allocations, "allocations");
        List<IndustryAllocation> sorted = byName(allocations, IndustryAllocation::industry, "industry");
        synchronized (books) {
            books.industries = sorted;
        }
    }

    @Override
    public List<IndustryAllocation> industryAllocations() {
        synchronized (books) {
            return books.industries;
        }
    }

    @Override
    public void replaceSectorAllocations(List<SectorAllocation> allocations) {
        Checks.notNull(allocations, "allocations");
        List<SectorAllocation> sorted = byName(allocations, SectorAllocation::sector, "sector");
        synchronized (books) {
            books.sectors = sorted;
        }
    }

    @Override
    public List<SectorAllocation> sectorAllocations() {
        synchronized (books) {
            return books.sectors;
        }
    }

    /** Returns the rows sorted by their key; a key twice is refused (the table's primary key), nothing replaced. */
    private static <T> List<T> byName(List<T> rows, Function<T, String> name, String what) {
        TreeMap<String, T> sorted = new TreeMap<>();
        for (T row : rows) {
            if (sorted.put(name.apply(row), row) != null) {
                throw new StoreException(
                        "replacing " + what + "_allocations_current: " + what + " " + name.apply(row) + " twice");
            }
        }
        return List.copyOf(sorted.values());
    }
}
