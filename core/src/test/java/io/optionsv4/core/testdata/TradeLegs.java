package io.optionsv4.core.testdata;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.LegExit;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Traded legs and tracked strategies for the book's tests: prices in rupee text, entries at 10:00 IST. */
public final class TradeLegs {

    /** The expiry of every leg. */
    public static final LocalDate EXPIRY = LocalDate.of(2026, 11, 26);

    private TradeLegs() {}

    /** Returns exact money from rupee text, e.g. {@code "12.35"}. */
    public static Money rs(String rupees) {
        return Money.ofPaise(new BigDecimal(rupees).movePointRight(2).longValueExact());
    }

    /** Returns 10:00 in India on {@code day}. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Kolkata")).toInstant();
    }

    /**
     * Returns an open leg of strategy {@code strategy}: {@code quantity} units of {@code symbol}'s {@code strike}
     * option of {@link #EXPIRY}, entered on {@code entered} at {@code entry} with {@code charges} booked.
     */
    public static TradeLeg open(
            long strategy,
            int leg,
            Side side,
            Right right,
            double strike,
            int quantity,
            String entry,
            String charges,
            LocalDate entered) {
        return new TradeLeg(
                strategy * 10 + leg,
                new StrategyId(strategy),
                leg,
                new OptionInstrument("ABC", right, Money.ofRupees(strike, java.math.RoundingMode.HALF_UP), EXPIRY),
                side,
                1,
                quantity,
                rs(entry),
                rs(charges),
                at(entered),
                Optional.empty());
    }

    /** Returns {@code leg} closed at {@code exit} on {@code exited}, with {@code charges} booked in all. */
    public static TradeLeg closed(TradeLeg leg, String exit, String charges, LocalDate exited) {
        return new TradeLeg(
                leg.tradeId(),
                leg.strategyId(),
                leg.legIndex(),
                leg.contract(),
                leg.side(),
                leg.lots(),
                leg.quantity(),
                leg.entryPrice(),
                rs(charges),
                leg.enteredAt(),
                Optional.of(new LegExit(rs(exit), at(exited))));
    }

    /** Returns a tracked strategy of ABC with the given type, industry and conviction, EXECUTED. */
    public static TrackedStrategy strategy(long id, String name, String industry, Conviction conviction) {
        return new TrackedStrategy(
                new StrategyId(id),
                LocalDate.of(2026, 11, 2),
                "ABC",
                name,
                industry,
                conviction,
                Optional.of(new StatusEntry(
                        io.optionsv4.core.portfolio.StrategyStatus.EXECUTED,
                        Optional.of(1),
                        "",
                        Instant.parse("2026-11-02T05:00:00Z"))));
    }
}
