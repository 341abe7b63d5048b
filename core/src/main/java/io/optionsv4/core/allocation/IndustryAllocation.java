package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The capital weight and position type of one industry ({@code industry_allocations_current}).
 *
 * @param industry the industry's name as in the reference data
 * @param weightPercent its share of capital in percent, 0 to 100, at most four decimals (kept at scale 4)
 * @param positionType LONG or SHORT
 * @param relativeStrength the industry's 3-month relative strength when derived ({@link IndustryStrength}), else empty
 * @param source where the row came from
 * @param asOf the day the allocation was derived or imported for
 */
public record IndustryAllocation(
        String industry,
        BigDecimal weightPercent,
        PositionType positionType,
        OptionalDouble relativeStrength,
        Source source,
        LocalDate asOf) {

    /** Validates the allocation. */
    public IndustryAllocation {
        Checks.notBlank(industry, "industry");
        Checks.notNull(weightPercent, "weightPercent");
        Checks.argument(
                weightPercent.signum() >= 0 && weightPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "weightPercent must be in [0, 100] but was " + weightPercent);
        Checks.argument(
                weightPercent.stripTrailingZeros().scale() <= 4,
                "weightPercent must have at most 4 decimals but was " + weightPercent);
        weightPercent = weightPercent.setScale(4, RoundingMode.UNNECESSARY);
        Checks.notNull(positionType, "positionType");
        Checks.notNull(relativeStrength, "relativeStrength");
        relativeStrength.ifPresent(v -> Checks.finite(v, "relativeStrength"));
        Checks.notNull(source, "source");
        Checks.notNull(asOf, "asOf");
    }

    /** Where an allocation came from. */
    public enum Source {
        /** Derived from industry relative strength ({@link IndustryStrength}). */
        DERIVED,
        /** Imported from the user's file. */
        IMPORTED
    }
}
