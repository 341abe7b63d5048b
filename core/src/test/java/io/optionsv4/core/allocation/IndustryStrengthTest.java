package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.Candle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndustryStrengthTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);

    @Test
    void test_derive_weightsFromRelativeStrengthAgainstNifty() {
        Map<String, List<Candle>> candles = Map.of(
                "BANK1", closes(100, 110),
                "BANK2", closes(100, 120),
                "IT1", closes(100, 95),
                "NOHIST", closes(100));
        Map<String, String> industries = Map.of("BANK1", "Banks", "BANK2", "Banks", "IT1", "IT", "NOHIST", "Power");

        List<IndustryAllocation> allocations = IndustryStrength.derive(candles, industries, closes(100, 105), AS_OF);

        assertThat(allocations).extracting(IndustryAllocation::industry).containsExactly("Banks", "IT");
        IndustryAllocation banks = allocations.get(0);
        IndustryAllocation it = allocations.get(1);
        assertThat(banks.relativeStrength().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(it.relativeStrength().getAsDouble()).isCloseTo(-0.10, within(1e-12));
        assertThat(banks.positionType()).isEqualTo(PositionType.LONG);
        assertThat(it.positionType()).isEqualTo(PositionType.SHORT);
        assertThat(banks.weightPercent()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(it.weightPercent()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(banks.source()).isEqualTo(IndustryAllocation.Source.DERIVED);
    }

    @Test
    void test_derive_noBenchmarkUsesTheMeanOfAllStocks() {
        List<IndustryAllocation> allocations = IndustryStrength.derive(
                Map.of("A", closes(100, 130), "B", closes(100, 110)), Map.of("A", "X", "B", "Y"), List.of(), AS_OF);

        assertThat(allocations.get(0).relativeStrength().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(allocations.get(1).relativeStrength().getAsDouble()).isCloseTo(-0.10, within(1e-12));
    }

    @Test
    void test_derive_noDataNoRows() {
        assertThat(IndustryStrength.derive(Map.of("A", closes(100)), Map.of("A", "X"), List.of(), AS_OF))
                .isEmpty();
    }

    private static List<Candle> closes(double... closes) {
        LocalDate day = AS_OF.minusDays(closes.length);
        List<Candle> candles = new java.util.ArrayList<>();
        for (double close : closes) {
            day = day.plusDays(1);
            candles.add(new Candle(day, close, close, close, close, 1));
        }
        return candles;
    }
}
