package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.testdata.MarketDataContractTest;
import java.time.LocalDate;

/** The simulated market keeps the {@link MarketData} contract on a day inside and a day beyond the reference data. */
class SimulatedMarketDataContractTest extends MarketDataContractTest {

    @Override
    protected MarketData marketData() {
        return SimFixtures.MARKET;
    }

    @Override
    protected LocalDate servedDay() {
        return SimFixtures.MID_2023;
    }

    @Override
    protected String servedStock() {
        return "RELIANCE";
    }
}
