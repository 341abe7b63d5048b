package io.optionsv4.app.testdata;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up backtest result for the report writers: weekday sessions, a trade entered on
 * about every other day and held 4 to 15 sessions, its outcome drawn from its predicted PoP with a seeded RNG, the
 * equity the capital plus realised plus open P&amp;L, margin blocked by the open trades. Trades open at the end stay
 * open.
 */
public final class SyntheticBacktest {

    private static final String[] TYPES = {"IRON_CONDOR", "BULL_PUT_SPREAD", "BEAR_CALL_SPREAD", "LONG_STRADDLE"};
    private static final String[] FAMILIES = {"NEUTRAL", "DIRECTIONAL", "DIRECTIONAL", "VOLATILITY"};
    private static final String[] STATES = {"NEUTRAL_NORMAL", "BULL_LOW", "BEAR_HIGH", "NEUTRAL_HIGH"};

    private SyntheticBacktest() {}

    /** A run of {@code sessions} weekdays from 2019-01-01, capital ₹10 lakh, with trades drawn from {@code seed}. */
    public static BacktestResult of(int sessions, long seed) {
        return of(sessions, seed, true);
    }

    /** As {@link #of(int, long)}, marked complete or not. */
    public static BacktestResult of(int sessions, long seed, boolean complete) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<LocalDate> days = weekdays(LocalDate.of(2019, 1, 1), sessions);
        long capital = 100_000_000L;
        List<Open> open = new ArrayList<>();
        List<BacktestTrade> trades = new ArrayList<>();
        List<EquityPoint> equity = new ArrayList<>();
        long realised = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            List<Open> still = new ArrayList<>();
            for (Open o : open) {
                if (o.exitIndex == d) {
                    realised += o.net;
                    trades.add(o.trade(day, "TARGET", days));
                } else {
                    still.add(o);
                }
            }
            open = still;
            if (rng.nextDouble() < 0.5) {
                open.add(Open.draw(rng, trades.size() + open.size() + 1L, d, day, days));
            }
            long unrealised = 0;
            long margin = 0;
            for (Open o : open) {
                double progress = (double) (d - o.entryIndex + 1) / (o.exitIndex - o.entryIndex);
                unrealised += Math.round(o.net * progress + rng.nextGaussian() * 50_000);
                margin += o.margin;
            }
            long value = capital + realised + unrealised;
            equity.add(new EquityPoint(day, value, value - unrealised, margin, open.size(), realised, unrealised));
        }
        for (Open o : open) {
            trades.add(o.trade(null, "OPEN_AT_END", days));
        }
        trades.sort((a, b) -> Long.compare(a.strategyId(), b.strategyId()));
        BacktestRun run = new BacktestRun(
                "2019-synthetic-" + seed,
                days.get(0),
                days.get(days.size() - 1),
                "history",
                "moderate",
                capital,
                seed,
                Instant.parse("2026-11-22T10:00:00Z"),
                Duration.ofSeconds(42),
                days.size(),
                complete,
                "NIFTY option prices are model prices <anchored> on real NIFTY & India VIX",
                List.of("2019-03-04: India VIX carried forward from 2019-03-01"));
        return new BacktestResult(run, equity, trades);
    }

    private static List<LocalDate> weekdays(LocalDate from, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; days.size() < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    private record Open(
            long id,
            int kind,
            int entryIndex,
            int exitIndex,
            long net,
            long margin,
            double planPop,
            double expiryPop,
            boolean expiryProfit) {

        static Open draw(SplittableRandom rng, long id, int index, LocalDate day, List<LocalDate> days) {
            int kind = rng.nextInt(TYPES.length);
            double planPop = 0.35 + 0.6 * rng.nextDouble();
            boolean win = rng.nextDouble() < planPop;
            long net = win ? 50_000L + rng.nextLong(250_000L) : -(100_000L + rng.nextLong(500_000L));
            double expiryPop = Math.max(0, planPop - 0.1 * rng.nextDouble());
            return new Open(
                    id,
                    kind,
                    index,
                    index + 4 + rng.nextInt(12),
                    net,
                    8_000_000L + rng.nextLong(4_000_000L),
                    planPop,
                    expiryPop,
                    rng.nextDouble() < expiryPop);
        }

        BacktestTrade trade(LocalDate exit, String reason, List<LocalDate> days) {
            long costs = 4_000L;
            boolean expiryKnown = exitIndex + 5 < days.size();
            return new BacktestTrade(
                    id,
                    "NIFTY",
                    TYPES[kind],
                    FAMILIES[kind],
                    STATES[kind],
                    days.get(entryIndex),
                    exit,
                    reason,
                    1 + (int) (id % 3),
                    600_000L,
                    margin,
                    net + costs,
                    costs,
                    net,
                    planPop,
                    expiryPop,
                    expiryKnown ? expiryProfit : null);
        }
    }
}
