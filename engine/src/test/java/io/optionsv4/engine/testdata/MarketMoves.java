package io.optionsv4.engine.testdata;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.trade.OptionInstrument;

/** What the {@link FaultInjectingBroker} may do to the market of a contract to make an order miss or fill in part. */
public interface MarketMoves {

    /** Moves the side {@code side} trades against beyond any chase (the ask up for a buy, the bid down for a sell). */
    void away(OptionInstrument contract, Side side);

    /** Shows only {@code units} on the side {@code side} trades against, so that a larger order fills in part. */
    void thin(OptionInstrument contract, Side side, long units);

    /** Puts the contract's book back where it was. */
    void back(OptionInstrument contract);
}
