package io.optionsv4.core.analysis;

import static io.optionsv4.core.testdata.Chains.Strike.oi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.ConstantMaturityIv.Point;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.testdata.Chains;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantMaturityIvTest {

    private static final double TOLERANCE = 1e-12;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** Total variance interpolated linearly in days: 20 days at 18 % and 48 days at 15 % give 30 days at ~16.9 %. */
    @Test
    void test_of_interpolatesTotalVarianceBetweenTheBracketingExpiries() {
        double w20 = 0.18 * 0.18 * 20;
        double w48 = 0.15 * 0.15 * 48;
        double expected = Math.sqrt((w20 + (w48 - w20) * 10.0 / 28) / 30);

        double iv = ConstantMaturityIv.of(List.of(new Point(48, 0.15), new Point(20, 0.18), new Point(76, 0.14)))
                .getAsDouble();

        assertThat(iv).isCloseTo(expected, within(TOLERANCE));
        assertThat(iv).isBetween(0.15, 0.18);
    }

    /** NIFTY's 1-day weekly at 25 % does not move the 30-day IV (the issue: the IV environment read from it). */
    @Test
    void test_of_ignoresExpiriesUnderAWeekWhenLaterOnesExist() {
        List<Point> withWeekly = List.of(new Point(1, 0.25), new Point(22, 0.12), new Point(50, 0.13));
        List<Point> without = List.of(new Point(22, 0.12), new Point(50, 0.13));

        assertThat(ConstantMaturityIv.of(withWeekly)).isEqualTo(ConstantMaturityIv.of(without));
        assertThat(ConstantMaturityIv.of(List.of(new Point(2, 0.25)))).hasValue(0.25);
    }

    @Test
    void test_of_flatOutsideTheListedExpiries_exactAtThirtyDays() {
        assertThat(ConstantMaturityIv.of(List.of(new Point(45, 0.2), new Point(80, 0.3))))
                .hasValue(0.2);
        assertThat(ConstantMaturityIv.of(List.of(new Point(9, 0.2), new Point(16, 0.3))))
                .hasValue(0.3);
        assertThat(ConstantMaturityIv.of(List.of(new Point(16, 0.3), new Point(30, 0.22), new Point(44, 0.5))))
                .hasValue(0.22);
        assertThat(ConstantMaturityIv.of(List.of(new Point(0, 0.3), new Point(12, 0.0))))
                .isEmpty();
    }

    @Test
    void test_bracket_theExpiriesEitherSideOfThirtyDays() {
        List<LocalDate> listed = List.of(
                DAY.minusDays(3),
                DAY.plusDays(2),
                DAY.plusDays(9),
                DAY.plusDays(23),
                DAY.plusDays(51),
                DAY.plusDays(79));

        assertThat(ConstantMaturityIv.bracket(listed, DAY)).containsExactly(DAY.plusDays(23), DAY.plusDays(51));
        assertThat(ConstantMaturityIv.bracket(List.of(DAY.plusDays(2), DAY.plusDays(40)), DAY))
                .containsExactly(DAY.plusDays(40));
        assertThat(ConstantMaturityIv.bracket(List.of(DAY.plusDays(3)), DAY)).containsExactly(DAY.plusDays(3));
        assertThat(ConstantMaturityIv.bracket(List.of(DAY), DAY)).isEmpty();
    }

    /** The day's summary describes the series traded and carries the 30-day IV of all chains. */
    @Test
    void test_summarizeDay_seriesTradedAndThirtyDayIv() {
        OptionChain weekly = Chains.chain(100, 2, strike(100, 0.40));
        OptionChain near = Chains.chain(100, 27, strike(100, 0.20));
        OptionChain next = Chains.chain(100, 55, strike(100, 0.24));

        IvSummary day =
                IvSummarizer.summarizeDay("ABC", List.of(next, weekly, near)).orElseThrow();

        assertThat(day.expiry()).isEqualTo(near.expiry());
        assertThat(day.atmIv()).isCloseTo(0.20, within(TOLERANCE));
        double w27 = 0.2 * 0.2 * 27;
        double w55 = 0.24 * 0.24 * 55;
        assertThat(day.thirtyDayIv().getAsDouble())
                .isCloseTo(Math.sqrt((w27 + (w55 - w27) * 3 / 28) / 30), within(TOLERANCE));
        assertThat(IvSummarizer.summarizeDay("ABC", List.of())).isEmpty();
    }

    private static Chains.Strike strike(double strike, double iv) {
        Chains.Strike s = oi(strike, 100, 100);
        return new Chains.Strike(s.strike(), s.callOi(), s.putOi(), 10, 10, iv);
    }
}
