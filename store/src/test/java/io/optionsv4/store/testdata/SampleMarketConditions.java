package io.optionsv4.store.testdata;

import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Market conditions evaluated from synthetic NIFTY and India VIX candles, for store tests. */
public final class SampleMarketConditions {

    private static final int NIFTY_DAYS = 60;

    private SampleMarketConditions() {}

    /**
     * Returns a rising NIFTY (60 daily closes up 20 rupees a day from 12,000) with 200 India VIX closes ending low
     * (percentile known) and a put/call ratio by OI of 1.3; the state is bullish.
     */
    public static MarketConditions bullish(LocalDate asOf) {
        List<Double> vix = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            vix.add(i == 199 ? 11.25 : 15 + i % 7);
        }
        return evaluate(asOf, 20, vix, Optional.of(new PutCallRatio(1_000_000, 1_300_000, 50_000, 45_000)));
    }

    /**
     * Returns a falling NIFTY (60 daily closes down 20 rupees a day from 13,000) with only 5 India VIX closes (no
     * percentile) ending at 24.5 and no put/call ratio; the state is bearish with high VIX.
     */
    public static MarketConditions bearish(LocalDate asOf) {
        return evaluate(asOf, -20, List.of(18.0, 19.5, 21.0, 23.0, 24.5), Optional.empty());
    }

    private static MarketConditions evaluate(
            LocalDate asOf, double niftyStep, List<Double> vixCloses, Optional<PutCallRatio> pcr) {
        List<Candle> nifty = new ArrayList<>();
        double first = niftyStep > 0 ? 12_000 : 13_000;
        for (int i = 0; i < NIFTY_DAYS; i++) {
            double close = first + i * niftyStep;
            double open = i == 0 ? close : close - niftyStep;
            LocalDate date = asOf.minusDays(NIFTY_DAYS - 1 - i);
            nifty.add(new Candle(date, open, Math.max(open, close) + 0.5, Math.min(open, close) - 0.5, close, 1_000));
        }
        List<Candle> vix = new ArrayList<>();
        for (int i = 0; i < vixCloses.size(); i++) {
            double close = vixCloses.get(i);
            vix.add(new Candle(asOf.minusDays(vixCloses.size() - 1 - i), close, close, close, close, 0));
        }
        return (MarketConditions) MarketStateEvaluator.DEFAULT.evaluate(nifty, vix, pcr, asOf);
    }
}
