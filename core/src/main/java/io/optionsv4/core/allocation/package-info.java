/**
 * Portfolio allocation. So far its inputs: {@link io.optionsv4.core.allocation.IndustryAllocation} (weight and
 * LONG/SHORT per industry), the default {@link io.optionsv4.core.allocation.IndustryStrength} derivation from 3-month
 * relative strength, and the {@link io.optionsv4.core.allocation.ReferenceStore} port. The tier and Kelly allocator and
 * the risk limits follow with the allocation issue.
 */
package io.optionsv4.core.allocation;
