/**
 * Portfolio allocation wired from the ports: {@link io.optionsv4.engine.allocation.AllocationService} reads the stored
 * strategies of an analysis, the industry weights and the market state, builds one
 * {@code core.allocation.AllocationCandidate} per strategy (capital per lot from {@code core.margin}, beta from a year
 * of daily closes) and runs the pure {@code core.allocation.PortfolioAllocator} with a basket margin that nets hedges
 * across strategies on the same underlying ({@link io.optionsv4.engine.allocation.NseBasketMargin}). The result, an
 * {@link io.optionsv4.engine.allocation.AllocationRun}, is saved through the {@code core.allocation.AllocationStore}
 * port (the allocation, its items, and ALLOCATED with lots for each chosen strategy) unless the caller runs dry;
 * {@link io.optionsv4.engine.allocation.StoredAllocations} reads stored ones back. The {@code allocate} command in
 * {@code app} prints, writes and charts it.
 */
package io.optionsv4.engine.allocation;
