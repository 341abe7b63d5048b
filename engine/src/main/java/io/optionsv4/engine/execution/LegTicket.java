package io.optionsv4.engine.execution;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.StrategyLeg;
import java.util.Optional;

/**
 * One leg as it would be sent: the contract, the lots and the exchange quantity, the latest quote, the first limit
 * (the touch) and the farthest limit the price chase may reach.
 *
 * @param leg the strategy's leg
 * @param instrument the contract
 * @param lots lots to trade: the leg's lots times the strategy lots
 * @param lotSize the contract's lot from the reference data, 0 when unknown
 * @param quote the latest quote, empty when the market data has none
 * @param limit the first limit, empty without a usable quote
 * @param farthest the farthest limit of the chase, empty without a usable quote
 */
public record LegTicket(
        StrategyLeg leg,
        OptionInstrument instrument,
        int lots,
        int lotSize,
        Optional<LegQuote> quote,
        Optional<Money> limit,
        Optional<Money> farthest) {

    /** Validates the components. */
    public LegTicket {
        Checks.notNull(leg, "leg");
        Checks.notNull(instrument, "instrument");
        Checks.positive(lots, "lots");
        Checks.argument(lotSize >= 0, "lotSize must be >= 0 but was " + lotSize);
        Checks.notNull(quote, "quote");
        Checks.notNull(limit, "limit");
        Checks.notNull(farthest, "farthest");
    }

    /** Returns buy or sell. */
    public Side side() {
        return leg.side();
    }

    /** Returns the exchange quantity in units, 0 when the lot is unknown. */
    public int quantity() {
        return lots * lotSize;
    }
}
