package io.optionsv4.marketdata.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    private static final int DRAWS = 20_000;
    private static final double MOMENT_TOLERANCE = 0.05;

    @Test
    void test_uniform_sameKeysAnyOrder() {
        RandomStream a = RandomStream.of(5).child("RELIANCE").child(LocalDate.of(2024, 1, 2));
        double later = a.uniform(7);
        double earlier = a.uniform(3);
        RandomStream b = RandomStream.of(5).child("RELIANCE").child(LocalDate.of(2024, 1, 2));
        assertThat(b.uniform(3)).isEqualTo(earlier);
        assertThat(b.uniform(7)).isEqualTo(later);
    }

    @Test
    void test_uniform_differsBySeedNameAndDate() {
        double base = RandomStream.of(5).child("RELIANCE").child(1).uniform(0);
        assertThat(RandomStream.of(6).child("RELIANCE").child(1).uniform(0)).isNotEqualTo(base);
        assertThat(RandomStream.of(5).child("INFY").child(1).uniform(0)).isNotEqualTo(base);
        assertThat(RandomStream.of(5).child("RELIANCE").child(2).uniform(0)).isNotEqualTo(base);
    }

    @Test
    void test_gaussian_standardMoments() {
        RandomStream s = RandomStream.of(1).child("moments");
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            double z = s.gaussian(i);
            sum += z;
            sumSq += z * z;
            double u = s.uniform(i);
            assertThat(u).isGreaterThan(0).isLessThan(1);
        }
        assertThat(sum / DRAWS).isCloseTo(0, org.assertj.core.data.Offset.offset(MOMENT_TOLERANCE));
        assertThat(sumSq / DRAWS).isCloseTo(1, org.assertj.core.data.Offset.offset(MOMENT_TOLERANCE));
    }
}
