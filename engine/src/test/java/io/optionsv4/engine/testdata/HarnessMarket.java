package io.optionsv4.engine.testdata;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.StrategyLeg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault harness's market: a {@link QuotedMarket} whose books the {@link FaultInjectingBroker} may move away, thin
 * or put back ({@link MarketMoves}). Each run re-quotes its contracts as a fresh snapshot.
 */
public final class HarnessMarket implements MarketMoves {

    private final QuotedMarket market;
    private final Map<OptionInstrument, Double> premiums = new HashMap<>();
    private long snapshot;

    /** Creates the market at the fixtures' spot. */
    public HarnessMarket() {
        this(new QuotedMarket(ExecutionFixtures.SPOT));
    }

    /** Creates the moves over {@code market}. */
    public HarnessMarket(QuotedMarket market) {
        this.market = market;
    }

    /** Returns the market data. */
    public QuotedMarket data() {
        return market;
    }

    /** Quotes every leg's contract afresh with a deep one-rupee book around its premium. */
    public synchronized void fresh(List<StrategyLeg> legs) {
        snapshot++;
        for (StrategyLeg l : legs) {
            OptionInstrument c = ExecutionFixtures.contract(l);
            premiums.put(c, l.premiumPerUnit());
            market.quote(
                    c,
                    ExecutionFixtures.LOT,
                    ExecutionFixtures.book(l.premiumPerUnit(), deep()),
                    1_000 + snapshot,
                    1_000_000);
        }
    }

    @Override
    public synchronized void away(OptionInstrument contract, Side side) {
        double p = premiums.get(contract);
        double shift = p * 0.25;
        BidAsk book = side == Side.BUY
                ? new BidAsk(p - 0.5, p + 0.5 + shift, deep(), deep())
                : new BidAsk(Math.max(0.05, p - 0.5 - shift), p + 0.5, deep(), deep());
        requote(contract, book);
    }

    @Override
    public synchronized void thin(OptionInstrument contract, Side side, long units) {
        double p = premiums.get(contract);
        if (units <= 0) {
            away(contract, side);
            return;
        }
        BidAsk book = side == Side.BUY
                ? new BidAsk(p - 0.5, p + 0.5, deep(), units)
                : new BidAsk(p - 0.5, p + 0.5, units, deep());
        requote(contract, book);
    }

    @Override
    public synchronized void back(OptionInstrument contract) {
        requote(contract, ExecutionFixtures.book(premiums.get(contract), deep()));
    }

    private void requote(OptionInstrument contract, BidAsk book) {
        snapshot++;
        market.quote(contract, ExecutionFixtures.LOT, book, 1_000 + snapshot, 1_000_000);
    }

    private static long deep() {
        return ExecutionFixtures.DEEP;
    }
}
