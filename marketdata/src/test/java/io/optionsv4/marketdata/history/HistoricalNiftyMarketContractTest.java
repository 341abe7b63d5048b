package io.optionsv4.marketdata.history;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.testdata.MarketDataContractTest;
import java.time.LocalDate;

/**
 * The historical NIFTY market keeps the {@link MarketData} contract. It serves no stock: NIFTY, its only underlying,
 * stands in for the contract's stock.
 */
class HistoricalNiftyMarketContractTest extends MarketDataContractTest {

    @Override
    protected MarketData marketData() {
        return HistoryFixtures.MARKET;
    }

    @Override
    protected LocalDate servedDay() {
        return LocalDate.of(2020, 1, 3);
    }

    @Override
    protected String servedStock() {
        return HistoricalNiftyMarket.NIFTY;
    }
}
