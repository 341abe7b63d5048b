package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.MarketDataContractTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;

/** The {@link MarketData} contract on the replay of the real files, on 3 January 2020 (RELIANCE). */
class BhavcopyReplayContractTest extends MarketDataContractTest {

    private static BhavcopyReplayMarketData replay;

    @BeforeAll
    static void loadReplay() {
        replay = new BhavcopyReplayMarketData(ProjectData.directory());
    }

    @Override
    protected MarketData marketData() {
        return replay;
    }

    @Override
    protected LocalDate servedDay() {
        return LocalDate.of(2020, 1, 3);
    }

    @Override
    protected String servedStock() {
        return "RELIANCE";
    }
}
