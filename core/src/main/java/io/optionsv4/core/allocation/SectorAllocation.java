package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capital weight and position type of one sector ({@code sector_allocations_current}), rolled up from the industry
 * allocations: the weight is the sum of its industries' weights, the position type LONG when its LONG industries weigh
 * at least as much as its SHORT ones.
 *
 * @param sector the sector's name as in the reference data
 * @param weightPercent its share of capital in percent, 0 to 100, kept at scale 4
 * @param positionType LONG or SHORT
 * @param asOf the day of the industry allocations it was rolled up from
 */
public record SectorAllocation(String sector, BigDecimal weightPercent, PositionType positionType, LocalDate asOf) {

    /** Validates the allocation. */
    public SectorAllocation {
        Checks.notBlank(sector, "sector");
        Checks.notNull(weightPercent, "weightPercent");
        Checks.argument(
                weightPercent.signum() >= 0 && weightPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "weightPercent must be in [0, 100] but was " + weightPercent);
        weightPercent = weightPercent.setScale(4, RoundingMode.UNNECESSARY);
        Checks.notNull(positionType, "positionType");
        Checks.notNull(asOf, "asOf");
    }

    /**
     * Rolls industry allocations up to sectors.
     *
     * @param industries the industry allocations
     * @param sectorOf each industry's sector; industries without one are left out
     * @return one allocation per sector, by sector name
     */
    public static List<SectorAllocation> rollUp(List<IndustryAllocation> industries, Map<String, String> sectorOf) {
        Map<String, BigDecimal> weights = new TreeMap<>();
        Map<String, BigDecimal> net = new TreeMap<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        for (IndustryAllocation a : industries) {
            String sector = sectorOf.get(a.industry());
            if (sector == null) {
                continue;
            }
            weights.merge(sector, a.weightPercent(), BigDecimal::add);
            BigDecimal signed = a.positionType() == PositionType.LONG
                    ? a.weightPercent()
                    : a.weightPercent().negate();
            net.merge(sector, signed, BigDecimal::add);
            dates.merge(sector, a.asOf(), (x, y) -> x.isAfter(y) ? x : y);
        }
        List<SectorAllocation> sectors = new ArrayList<>();
        weights.forEach((sector, weight) -> sectors.add(new SectorAllocation(
                sector,
                weight.min(BigDecimal.valueOf(100)),
                net.get(sector).signum() >= 0 ? PositionType.LONG : PositionType.SHORT,
                dates.get(sector))));
        return List.copyOf(sectors);
    }
}
