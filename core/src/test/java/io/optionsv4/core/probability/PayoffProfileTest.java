package io.optionsv4.core.probability;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PayoffProfileTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void test_of_noLegs() {
        assertThatThrownBy(() -> PayoffProfile.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legs must not be empty");
    }

    @Test
    void test_of_laterExpiryRejected() {
        OptionLeg far = new OptionLeg(CALL, 1500, 1, 30, 0.1);

        assertThatThrownBy(() -> PayoffProfile.of(List.of(far)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expires later");
    }

    @Test
    void test_underlyingOnly_linearWithUnlimitedProfit() {
        PayoffProfile stock = PayoffProfile.of(List.of(UnderlyingLeg.of(10, 1500)));

        assertThat(stock.valueAt(1510)).isCloseTo(100, within(TOLERANCE));
        assertThat(stock.maxProfit()).isEqualTo(Amount.UNLIMITED);
        assertThat(stock.maxLoss()).isEqualTo(Amount.of(15000));
        assertThat(stock.breakevens()).containsExactly(1500.0);
        assertThat(stock.profitIntervals()).containsExactly(PriceInterval.of(1500, Double.POSITIVE_INFINITY));
        assertThat(stock.negated().maxLoss()).isEqualTo(Amount.UNLIMITED);
        assertThat(stock.negated().maxProfit()).isEqualTo(Amount.of(15000));
    }

    @Test
    void test_breakevens_flatZeroSegmentReportsEndPoints() {
        // A bull call spread entered for no net premium: zero from 0 up to the lower strike.
        PayoffProfile zeroDebit =
                PayoffProfile.of(List.of(OptionLeg.of(CALL, 1500, 1, 20), OptionLeg.of(CALL, 1550, -1, 20)));

        assertThat(zeroDebit.breakevens()).containsExactly(0.0, 1500.0);
        assertThat(zeroDebit.profitIntervals()).containsExactly(PriceInterval.of(1500, Double.POSITIVE_INFINITY));
        assertThat(zeroDebit.maxLoss()).isEqualTo(Amount.of(0.0));
        assertThat(zeroDebit.maxProfit()).isEqualTo(Amount.of(50.0));
    }

    @Test
    void test_breakevens_flatZeroRayReportsHighestStrike() {
        // A put received for free: zero from the strike upwards.
        PayoffProfile freePut = PayoffProfile.of(List.of(OptionLeg.of(PUT, 1500, 1, 0)));

        assertThat(freePut.breakevens()).containsExactly(1500.0);
        assertThat(freePut.profitIntervals()).containsExactly(PriceInterval.of(0, 1500));
        assertThat(freePut.maxLoss()).isEqualTo(Amount.of(0.0));
    }

    @Test
    void test_profitIntervals_ironCondorIsOneRange() {
        PayoffProfile condor = PayoffProfile.of(List.of(
                OptionLeg.of(PUT, 1400, 1, 5.0),
                OptionLeg.of(PUT, 1450, -1, 12.5),
                OptionLeg.of(CALL, 1550, -1, 14.0),
                OptionLeg.of(CALL, 1600, 1, 6.0)));

        List<PriceInterval> intervals = condor.profitIntervals();

        assertThat(intervals).hasSize(1);
        assertThat(intervals.getFirst().lower()).isCloseTo(1434.5, within(TOLERANCE));
        assertThat(intervals.getFirst().upper()).isCloseTo(1565.5, within(TOLERANCE));
        assertThat(condor.negated().profitIntervals()).hasSize(2);
    }

    @Test
    void test_profitIntervals_longStraddleTwoRanges() {
        PayoffProfile straddle =
                PayoffProfile.of(List.of(OptionLeg.of(CALL, 1500, 1, 38), OptionLeg.of(PUT, 1500, 1, 36)));

        assertThat(straddle.profitIntervals())
                .containsExactly(PriceInterval.of(0, 1426), PriceInterval.of(1574, Double.POSITIVE_INFINITY));
    }

    @Test
    void test_slopes_coveredCall() {
        PayoffProfile coveredCall =
                PayoffProfile.of(List.of(UnderlyingLeg.of(1, 1500), OptionLeg.of(CALL, 1560, -1, 12.1)));

        assertThat(coveredCall.slopeBelowLowestStrike()).isEqualTo(1.0);
        assertThat(coveredCall.slopeAboveHighestStrike()).isEqualTo(0.0);
        assertThat(coveredCall.strikes()).containsExactly(1560.0);
    }

    @Test
    void test_valueAt_negativeSpotRejected() {
        PayoffProfile call = PayoffProfile.of(List.of(OptionLeg.of(CALL, 1500, 1, 10)));

        assertThatThrownBy(() -> call.valueAt(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
