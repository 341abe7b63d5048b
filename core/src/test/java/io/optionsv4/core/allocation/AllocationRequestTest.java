package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.selection.RiskTolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The industry weights' total: stored rounding is tolerated, an over-weight table is not. */
class AllocationRequestTest {

    private static AllocationRequest request(List<IndustryAllocation> industries) {
        return new AllocationRequest(
                List.of(),
                industries,
                MarketState.NEUTRAL_NORMAL_VIX,
                1_000_000,
                RiskTolerance.MODERATE,
                List.of(),
                AllocationSettings.DEFAULT);
    }

    /** Three weights derived to a third each and stored to 4 decimals read back as 100.0001 %: rounding. */
    @Test
    void test_request_weightsAboveHundredByStoredRounding() {
        List<IndustryAllocation> thirds = List.of(
                AllocationFixtures.industry("A", 33.3334, PositionType.LONG),
                AllocationFixtures.industry("B", 33.3334, PositionType.LONG),
                AllocationFixtures.industry("C", 33.3333, PositionType.LONG));
        assertThatCode(() -> request(thirds)).doesNotThrowAnyException();
    }

    @Test
    void test_request_weightsAboveHundred() {
        List<IndustryAllocation> over = List.of(
                AllocationFixtures.industry("A", 60, PositionType.LONG),
                AllocationFixtures.industry("B", 40.001, PositionType.LONG));
        assertThatThrownBy(() -> request(over))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 100.0010 > 100");
    }
}
