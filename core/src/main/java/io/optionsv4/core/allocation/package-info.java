/**
 * Portfolio allocation. Inputs: {@link io.optionsv4.core.allocation.IndustryAllocation} (weight and LONG/SHORT per
 * industry, derived by {@link io.optionsv4.core.allocation.IndustryStrength} or imported; the {@link
 * io.optionsv4.core.allocation.ReferenceStore} port keeps them) and an {@link
 * io.optionsv4.core.allocation.AllocationRequest} of {@link io.optionsv4.core.allocation.AllocationCandidate}s. The
 * {@link io.optionsv4.core.allocation.PortfolioAllocator} sizes them industry-first, by conviction {@link
 * io.optionsv4.core.allocation.Tier}, with fractional {@link io.optionsv4.core.allocation.Kelly} on the exit plan's
 * {@link io.optionsv4.core.allocation.OutcomeDistribution}, within {@link io.optionsv4.core.allocation.HardLimits}
 * and the basket margin of the {@link io.optionsv4.core.allocation.BasketMargin} port, and returns an {@link
 * io.optionsv4.core.allocation.Allocation} with a reason for every candidate not taken and the {@link
 * io.optionsv4.core.allocation.ScenarioGrid} of {@link io.optionsv4.core.allocation.ScenarioRevaluation}. See {@code
 * docs/allocation.md}.
 */
package io.optionsv4.core.allocation;
