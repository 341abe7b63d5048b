package io.optionsv4.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.engine.paper.PaperLiquidity;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LegLiquidity} on the simulated market's NIFTY chain of 20 Nov 2026. */
class LegLiquidityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final SimulatedMarketData SIM = new SimulatedMarketData(42);
    private static final PaperLiquidity SHARES = PaperLiquidity.DEFAULT;

    @Test
    void test_lots_theThinnestLegOverItsRatio() {
        LocalDate expiry = SIM.expiries("NIFTY", DAY).get(0).date();
        OptionChain chain = SIM.optionChain("NIFTY", expiry, DAY);
        int lotSize = chain.lotSize().orElseThrow().unitsPerLot();
        double atm = chain.atmStrike().orElseThrow();
        List<Double> strikes = chain.strikes();
        double far = strikes.get(strikes.indexOf(atm) + 8);
        OptionQuote atmCall = chain.quote(atm, Right.CALL).orElseThrow();
        OptionQuote farCall = chain.quote(far, Right.CALL).orElseThrow();
        long atmLots = SHARES.offeredUnits(atmCall, Side.SELL, lotSize) / lotSize;
        long farLots = SHARES.offeredUnits(farCall, Side.BUY, lotSize) / lotSize;
        assertThat(atmLots).as("the books offer something").isPositive();
        assertThat(farLots).isPositive();

        // One short ATM call against two long far calls per strategy lot (a 1x2 call ratio back spread).
        StoredStrategy ratio = strategy(
                lotSize, leg(Side.SELL, Right.CALL, atm, expiry, 1), leg(Side.BUY, Right.CALL, far, expiry, 2));
        List<String> warnings = new ArrayList<>();

        int lots = new LegLiquidity(SIM, DAY, SHARES).lots(ratio, warnings);

        assertThat(lots).isEqualTo((int) Math.min(atmLots, farLots / 2));
        assertThat(warnings).isEmpty();
    }

    @Test
    void test_lots_aLegWithoutAQuoteIsUnlimitedWithAWarning() {
        LocalDate expiry = SIM.expiries("NIFTY", DAY).get(0).date();
        OptionChain chain = SIM.optionChain("NIFTY", expiry, DAY);
        int lotSize = chain.lotSize().orElseThrow().unitsPerLot();
        double atm = chain.atmStrike().orElseThrow();
        StoredStrategy odd = strategy(
                lotSize, leg(Side.SELL, Right.PUT, atm, expiry, 1), leg(Side.BUY, Right.PUT, atm - 1.0, expiry, 1));

        List<String> warnings = new ArrayList<>();
        assertThat(new LegLiquidity(SIM, DAY, SHARES).lots(odd, warnings)).isEqualTo(Integer.MAX_VALUE);
        assertThat(warnings).singleElement().asString().contains("no quote").contains("liquidity");
    }

    @Test
    void test_lots_anUnavailableChainIsUnlimitedWithAWarning() {
        StoredStrategy unknown = new StoredStrategy(
                new StrategyId(9),
                "NOSUCHSYMBOL",
                "Unclassified",
                "Long Call",
                100,
                Conviction.HIGH,
                70,
                Optional.of(50),
                Optional.empty(),
                List.of(leg(Side.BUY, Right.CALL, 100, DAY.plusDays(20), 1)));
        List<String> warnings = new ArrayList<>();

        assertThat(new LegLiquidity(SIM, DAY, SHARES).lots(unknown, warnings)).isEqualTo(Integer.MAX_VALUE);
        assertThat(warnings).singleElement().asString().contains("NOSUCHSYMBOL").contains("liquidity");
    }

    private static StoredStrategy strategy(int lotSize, RecommendedLeg... legs) {
        return new StoredStrategy(
                new StrategyId(1),
                "NIFTY",
                "Index",
                "Call Ratio Back Spread",
                26_000,
                Conviction.HIGH,
                70,
                Optional.of(lotSize),
                Optional.empty(),
                List.of(legs));
    }

    private static RecommendedLeg leg(Side side, Right right, double strike, LocalDate expiry, int lots) {
        return new RecommendedLeg(
                side, right, strike, expiry, lots, 10.0, 0.15, new OptionGreeks(0.5, 0.001, 1.0, -1.0, 0.1));
    }
}
