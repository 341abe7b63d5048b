package io.optionsv4.store.testdata;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.ComponentScore;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.ExpectedMoveRange;
import io.optionsv4.core.selection.GreekExposure;
import io.optionsv4.core.selection.IvAnalysis;
import io.optionsv4.core.selection.MarketAnalysis;
import io.optionsv4.core.selection.MarketLevels;
import io.optionsv4.core.selection.NetEconomics;
import io.optionsv4.core.selection.PriceLevel;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.core.strategy.DirectionalBias;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Complete, realistic analyses for store tests: every table gets rows, awkward doubles included. */
public final class SampleAnalyses {

    /** The trade date of the samples. */
    public static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private SampleAnalyses() {}

    /** Returns an analysis of {@code symbol} on {@code day} with a bull call spread, an iron condor and a long call. */
    public static SymbolAnalysis analysis(String symbol, LocalDate day) {
        double spot = 1523.45 + symbol.hashCode() % 100 * 0.05;
        LocalDate expiry = day.plusDays(29);
        return new SymbolAnalysis(
                symbol,
                day,
                spot,
                new MarketAnalysis(DirectionalBias.BULLISH, 0.6180339887, 1.0 / 3, 11.49, 0.87),
                IvAnalysis.ranked(0.2345678901234, java.util.OptionalDouble.of(0.19), 0.42, 0.55, IvEnvironment.NORMAL),
                MarketLevels.of(1500, 1480.5, 1510.25, 1540.75),
                List.of(
                        new PriceLevel(PriceLevel.Type.SUPPORT, 1450, 0.8),
                        new PriceLevel(PriceLevel.Type.RESISTANCE, 1600, 0.35)),
                List.of(
                        new ExpectedMoveRange(7, 50.1, spot - 50.1, spot + 50.1),
                        new ExpectedMoveRange(29, 96.3, spot - 96.3, spot + 96.3)),
                List.of(bullCallSpread(expiry), ironCondor(expiry), longCall(expiry)));
    }

    /** Returns a bull call spread expiring on {@code expiry}. */
    public static StrategyRecommendation bullCallSpread(LocalDate expiry) {
        return recommendation(
                "Bull Call Spread",
                List.of(leg(Side.BUY, Right.CALL, 1520, expiry, 31.2), leg(Side.SELL, Right.CALL, 1600, expiry, 9.85)),
                new StrategyFigures(Amount.of(58_275.5), Amount.of(-21_350.25), List.of(1541.35), 0.4321, 1234.5678),
                0.8125,
                Conviction.HIGH);
    }

    /** Returns an iron condor expiring on {@code expiry}. */
    public static StrategyRecommendation ironCondor(LocalDate expiry) {
        return recommendation(
                "Iron Condor",
                List.of(
                        leg(Side.BUY, Right.PUT, 1400, expiry, 3.1),
                        leg(Side.SELL, Right.PUT, 1450, expiry, 8.2),
                        leg(Side.SELL, Right.CALL, 1600, expiry, 9.85),
                        leg(Side.BUY, Right.CALL, 1650, expiry, 4.05)),
                new StrategyFigures(Amount.of(10_900), Amount.of(-39_100), List.of(1439.1, 1610.9), 0.6502, -12.0),
                0.71,
                Conviction.MEDIUM);
    }

    /** Returns a long call (unlimited maximum profit) expiring on {@code expiry}. */
    public static StrategyRecommendation longCall(LocalDate expiry) {
        return recommendation(
                "Long Call",
                List.of(leg(Side.BUY, Right.CALL, 1520, expiry, 31.2)),
                new StrategyFigures(Amount.UNLIMITED, Amount.of(-15_600), List.of(1551.2), 0.3333333333333333, 17.0),
                0.5,
                Conviction.LOW);
    }

    private static StrategyRecommendation recommendation(
            String name, List<RecommendedLeg> legs, StrategyFigures figures, double score, Conviction conviction) {
        return new StrategyRecommendation(
                name,
                legs,
                figures,
                new GreekExposure(123.456, -0.789, 456.1, -321.0000001),
                new RiskManagement(0.5, 0.5, 7, 21_350.25),
                List.of(
                        new ExitLevel(ExitLevel.Kind.PROFIT_TARGET, 0.25, 0.25, "scale out at 25 % of max profit"),
                        new ExitLevel(ExitLevel.Kind.PROFIT_TARGET, 0.5, 1, "close at 50 % of max profit"),
                        new ExitLevel(ExitLevel.Kind.STOP_LOSS, 0.5, 1, "stop at 50 % of max loss"),
                        new ExitLevel(ExitLevel.Kind.TIME_EXIT, 7, 1, "close at 7 DTE")),
                List.of(
                        new ComponentScore("market_fit", 0.9, 0.3),
                        new ComponentScore("probability", 0.7, 0.4),
                        new ComponentScore("risk_reward", 0.55, 0.3)),
                score,
                conviction,
                Optional.of(new NetEconomics(
                        figures.maxProfit().isUnlimited() ? Optional.empty() : Optional.of(Money.ofPaise(1_234_567)),
                        figures.maxLoss().isUnlimited() ? Optional.empty() : Optional.of(Money.ofPaise(-3_210_001)),
                        Money.ofPaise(-4_501),
                        Money.ofPaise(88_850),
                        0.4213,
                        Money.ofPaise(18_437),
                        Money.ofPaise(15_900_000))));
    }

    private static RecommendedLeg leg(Side side, Right right, double strike, LocalDate expiry, double premium) {
        return new RecommendedLeg(
                side,
                right,
                strike,
                expiry,
                1,
                premium,
                0.2345678901234,
                new OptionGreeks(right.isCall() ? 0.52 : -0.48, 0.0021, 1.73, -0.91, 0.42));
    }
}
