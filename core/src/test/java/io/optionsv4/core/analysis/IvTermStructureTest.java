package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IvTermStructureTest {

    private static final LocalDate EXPIRY = LocalDate.of(2020, 1, 30);

    @Test
    void test_shape_bySlope() {
        assertThat(structure(0.20, 0.25).shape()).isEqualTo(IvTermStructure.Shape.UPWARD);
        assertThat(structure(0.25, 0.20).shape()).isEqualTo(IvTermStructure.Shape.INVERTED);
        assertThat(structure(0.20, 0.205).shape()).isEqualTo(IvTermStructure.Shape.FLAT);
        assertThat(structure(0.20, 0.25).slope()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void test_of_needsTwoExpiries() {
        assertThat(IvTermStructure.of(List.of(move(EXPIRY, 0.2)))).isEmpty();
    }

    private static IvTermStructure structure(double nearIv, double farIv) {
        return IvTermStructure.of(List.of(move(EXPIRY, nearIv), move(EXPIRY.plusDays(28), farIv)))
                .orElseThrow();
    }

    private static ExpiryMove move(LocalDate expiry, double iv) {
        return new ExpiryMove(expiry, 10, 100, iv, 5);
    }
}
