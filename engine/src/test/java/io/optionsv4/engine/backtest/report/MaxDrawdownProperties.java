package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The drawdown series and its deepest point on arbitrary equity paths. */
class MaxDrawdownProperties {

    @Property(tries = 300)
    void property_maxDrawdownIsTheDeepestPointOfTheSeries(
            @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 1, max = 5_000_000) Long> closes) {
        List<LocalDate> days = new ArrayList<>();
        long[] values = new long[closes.size()];
        for (int i = 0; i < closes.size(); i++) {
            days.add(LocalDate.of(2020, 1, 1).plusDays(i));
            values[i] = closes.get(i);
        }
        EquityCurve curve = EquityCurve.of(days.get(0), 1_000_000L, Backtests.equity(days, values));

        MaxDrawdown dd = MaxDrawdown.of(curve);

        double deepest = curve.points().stream()
                .mapToDouble(EquityCurve.Point::drawdown)
                .min()
                .orElseThrow();
        assertThat(curve.points()).allSatisfy(p -> assertThat(p.drawdown()).isBetween(-1.0, 0.0));
        assertThat(dd.depth()).isEqualTo(Math.min(0.0, deepest));
        assertThat(dd.troughDay()).isAfterOrEqualTo(dd.peakDay());
        if (dd.depth() < 0 && dd.recovered()) {
            assertThat(dd.recoveryDay()).isAfter(dd.troughDay());
        }
        assertThat(dd.sessions()).isBetween(0, closes.size());
    }
}
