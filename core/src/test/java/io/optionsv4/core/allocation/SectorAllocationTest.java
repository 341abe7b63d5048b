package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SectorAllocationTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    @Test
    void test_rollUp_sumsWeightsAndNetsThePositionType() {
        List<IndustryAllocation> industries = List.of(
                industry("Banks", "30", PositionType.LONG),
                industry("Insurance", "40", PositionType.SHORT),
                industry("IT", "20", PositionType.LONG),
                industry("Unknown", "10", PositionType.LONG));

        List<SectorAllocation> sectors = SectorAllocation.rollUp(
                industries, Map.of("Banks", "Financials", "Insurance", "Financials", "IT", "Technology"));

        assertThat(sectors)
                .containsExactly(
                        new SectorAllocation("Financials", new BigDecimal("70"), PositionType.SHORT, DAY),
                        new SectorAllocation("Technology", new BigDecimal("20"), PositionType.LONG, DAY));
    }

    private static IndustryAllocation industry(String name, String weight, PositionType type) {
        return new IndustryAllocation(
                name, new BigDecimal(weight), type, OptionalDouble.empty(), IndustryAllocation.Source.IMPORTED, DAY);
    }
}
