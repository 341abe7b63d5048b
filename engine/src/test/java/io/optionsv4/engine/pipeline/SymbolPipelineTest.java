package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.AnalysisBasis;
import io.optionsv4.core.costs.ContractNote;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.margin.MarginSource;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.testdata.FaultyMarketData;
import io.optionsv4.engine.testdata.FaultyMarketData.ChainRequest;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One symbol through the pipeline: which chains it loads, and missing data. */
class SymbolPipelineTest {

    private static final SimulatedMarketData SIM = new SimulatedMarketData(42);

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    /** The monthly expiry of November 2026 in the simulated market. */
    private static final LocalDate EXPIRY_DAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(strings = {"ABB", "BANKNIFTY", "NIFTY"})
    void test_analyse_onAnExpiryDay_loadsTheListedChainsAfterItWithinTheHorizon(String symbol) {
        FaultyMarketData data = new FaultyMarketData(SIM);
        SymbolPipeline pipeline = new SymbolPipeline(
                data, Optional.empty(), Settings.defaults(), TradingDays.WEEKDAYS, BrokerMargin.NONE);
        List<LocalDate> listed =
                SIM.expiries(symbol, EXPIRY_DAY).stream().map(Expiry::date).toList();

        SymbolOutcome outcome = pipeline.analyse(symbol, EXPIRY_DAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);

        List<LocalDate> loaded =
                data.chainRequests().stream().map(ChainRequest::expiry).toList();
        List<LocalDate> expected = listed.stream()
                .filter(d -> d.isAfter(EXPIRY_DAY) && !d.isAfter(EXPIRY_DAY.plusDays(SymbolPipeline.MAX_CHAIN_DAYS)))
                .limit(SymbolPipeline.MAX_CHAINS)
                .toList();
        assertThat(listed).as("the day's own expiry is listed").contains(EXPIRY_DAY);
        assertThat(loaded).isEqualTo(expected).isNotEmpty().doesNotContain(EXPIRY_DAY);
        assertThat(loaded).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(data.chainRequests()).allSatisfy(r -> {
            assertThat(r.symbol()).isEqualTo(symbol);
            assertThat(r.asOf()).isEqualTo(EXPIRY_DAY);
        });
        assertThat(outcome.symbol()).isEqualTo(symbol);
    }

    /** A broker margin calculator that fails every call, as Dhan's does once the access token has expired. */
    private static final class RefusingBroker implements MarginSource {
        final AtomicInteger calls = new AtomicInteger();
        final boolean accessDenied;

        RefusingBroker(boolean accessDenied) {
            this.accessDenied = accessDenied;
        }

        @Override
        public String name() {
            return "broker";
        }

        @Override
        public Money margin(String symbol, LocalDate asOf, List<io.optionsv4.core.margin.MarginOrder> orders) {
            calls.incrementAndGet();
            throw new MarketDataException("broker says no") {
                @Override
                public boolean isAccessDenied() {
                    return accessDenied;
                }
            };
        }
    }

    @Test
    void test_analyse_brokerMarginRefusesCredentials_throwsInsteadOfKeepingTheLocalFigure() {
        RefusingBroker refused = new RefusingBroker(true);
        RefusingBroker failing = new RefusingBroker(false);
        SymbolPipeline withRefused = new SymbolPipeline(
                SIM,
                Optional.empty(),
                Settings.defaults(),
                TradingDays.WEEKDAYS,
                new BrokerMargin(Optional.of(refused)));
        SymbolPipeline withFailing = new SymbolPipeline(
                SIM,
                Optional.empty(),
                Settings.defaults(),
                TradingDays.WEEKDAYS,
                new BrokerMargin(Optional.of(failing)));

        SymbolOutcome kept = withFailing.analyse("NIFTY", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);

        assertThat(failing.calls.get())
                .as("a broker failure keeps the local figure")
                .isPositive();
        assertThat(kept).isInstanceOf(SymbolOutcome.Analysed.class);
        assertThatExceptionOfType(MarketDataException.class)
                .isThrownBy(
                        () -> withRefused.analyse("NIFTY", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3))
                .withMessage("broker says no");
        assertThat(refused.calls.get()).as("stops at the first refusal").isEqualTo(1);
    }

    private static SymbolOutcome.NoStrategy analyseMissing(FaultyMarketData data, String symbol, LocalDate day) {
        SymbolPipeline pipeline = new SymbolPipeline(
                data, Optional.empty(), Settings.defaults(), TradingDays.WEEKDAYS, BrokerMargin.NONE);
        SymbolOutcome outcome = pipeline.analyse(symbol, day, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);
        assertThat(outcome).isInstanceOf(SymbolOutcome.NoStrategy.class);
        SymbolOutcome.NoStrategy none = (SymbolOutcome.NoStrategy) outcome;
        assertThat(none.reason()).isEqualTo(RejectionReason.DATA_MISSING);
        return none;
    }

    @Test
    void test_analyse_noCandles_dataMissing() {
        FaultyMarketData data = new FaultyMarketData(SIM).editCandles("ABB", c -> List.of());

        assertThat(analyseMissing(data, "ABB", FRIDAY).detail()).isEqualTo("no daily candles up to 2026-11-20");
    }

    @Test
    void test_analyse_onlyTheExpiringChainListed_dataMissing() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .editExpiries(
                        "ABB",
                        e -> e.stream().filter(x -> x.date().equals(EXPIRY_DAY)).toList());

        SymbolOutcome.NoStrategy none = analyseMissing(data, "ABB", EXPIRY_DAY);

        assertThat(none.detail()).isEqualTo("no option expiry listed after 2026-11-24");
        assertThat(data.chainRequests()).isEmpty();
    }

    @Test
    void test_analyse_shortHistory_dataMissingNamingWhatItNeeds() {
        FaultyMarketData data = new FaultyMarketData(SIM).editCandles("ABB", c -> c.subList(c.size() - 20, c.size()));

        SymbolOutcome.NoStrategy none = analyseMissing(data, "ABB", FRIDAY);

        assertThat(none.detail()).contains("needs").endsWith("has 20");
        assertThat(none.underlying()).isPresent();
    }

    /**
     * Issue 12: the brokerage and slippage settings reach the figures: two ticks a leg move every executable price by
     * ₹0.10 against the trader, and ₹40 an order is the entry brokerage of every order.
     */
    @Test
    void test_analyse_costSettings_slippageAndBrokerageApplied() {
        AnalysisSettings defaults = Settings.defaults();
        AnalysisSettings dearer = new AnalysisSettings(
                defaults.construction(),
                defaults.preferences(),
                defaults.capital(),
                defaults.ranking(),
                defaults.exits(),
                new CostSettings(40, 0, 2));

        SymbolOutcome.Analysed plain = analysed(defaults);
        SymbolOutcome.Analysed costly = analysed(dearer);

        int compared = 0;
        for (RankedStrategy strategy : costly.strategies()) {
            Candidate candidate = strategy.ranked().candidate();
            Optional<Candidate> same = plain.strategies().stream()
                    .map(r -> r.ranked().candidate())
                    .filter(c -> c.name().equals(candidate.name())
                            && c.legs().size() == candidate.legs().size())
                    .filter(c -> strikes(c).equals(strikes(candidate)))
                    .findFirst();
            if (same.isEmpty()) {
                continue;
            }
            compared++;
            for (int i = 0; i < candidate.legs().size(); i++) {
                CandidateLeg leg = candidate.legs().get(i);
                double slip = leg.side().sign() * 0.10;
                assertThat(leg.premiumPerUnit())
                        .as(candidate.name() + " leg " + i)
                        .isCloseTo(same.get().legs().get(i).premiumPerUnit() + slip, within(1e-9));
            }
            ContractNote entry = candidate
                    .economics()
                    .orElseThrow()
                    .costs()
                    .atTarget()
                    .closed()
                    .entry();
            assertThat(entry.charges().brokerage()).isEqualTo(Money.ofWholeRupees(40L * entry.executedOrders()));
        }
        assertThat(compared).isPositive();
    }

    private static SymbolOutcome.Analysed analysed(AnalysisSettings settings) {
        SymbolPipeline pipeline =
                new SymbolPipeline(SIM, Optional.empty(), settings, TradingDays.WEEKDAYS, BrokerMargin.NONE);
        SymbolOutcome outcome = pipeline.analyse("ABB", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);
        assertThat(outcome).isInstanceOf(SymbolOutcome.Analysed.class);
        return (SymbolOutcome.Analysed) outcome;
    }

    private static List<Double> strikes(Candidate candidate) {
        return candidate.legs().stream().map(CandidateLeg::strike).toList();
    }

    /** Issue 13, item 7: an index whose source has no candles is analysed from its chains, a stock is not. */
    @Test
    void test_analyse_indexWithoutCandles_analysedFromItsChains() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail("BANKNIFTY", FaultyMarketData.Call.CANDLES, () -> new MarketDataException("no index file"));
        SymbolPipeline pipeline = new SymbolPipeline(
                data, Optional.empty(), Settings.defaults(), TradingDays.WEEKDAYS, BrokerMargin.NONE);

        SymbolOutcome outcome =
                pipeline.analyse("BANKNIFTY", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);

        assertThat(outcome).isInstanceOfSatisfying(SymbolOutcome.Analysed.class, a -> {
            assertThat(a.underlying().chainsOnly()).isTrue();
            assertThat(a.analysis().market().directionConfidence()).isZero();
            assertThat(a.analysis().iv().historicalVolatility()).isEmpty();
            assertThat(a.analysis().levels().valueAreaLow()).isEmpty();
        });
        FaultyMarketData stock = new FaultyMarketData(SIM)
                .fail("ABB", FaultyMarketData.Call.CANDLES, () -> new MarketDataException("no EQ history for ABB"));
        assertThat(analyseMissing(stock, "ABB", FRIDAY).detail()).isEqualTo("no EQ history for ABB");
    }

    /**
     * Issue 17: an index whose candles carry no traded volume (NIFTY before 2013) is analysed without a value area and
     * the run says so; a stock's candles without volume are still data missing; with volume nothing changes.
     */
    @Test
    void test_analyse_indexCandlesWithoutVolume_analysedWithoutAValueArea() {
        FaultyMarketData data = new FaultyMarketData(SIM).editCandles("NIFTY", SymbolPipelineTest::withoutVolume);
        SymbolPipeline pipeline = new SymbolPipeline(
                data, Optional.empty(), Settings.defaults(), TradingDays.WEEKDAYS, BrokerMargin.NONE);

        SymbolOutcome outcome = pipeline.analyse("NIFTY", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);

        assertThat(outcome).isInstanceOfSatisfying(SymbolOutcome.Analysed.class, a -> {
            assertThat(a.underlying().basis()).isEqualTo(AnalysisBasis.PRICE_HISTORY_WITHOUT_VOLUME);
            assertThat(a.underlying().levels().valueArea()).isEmpty();
            assertThat(a.analysis().levels().valueAreaLow()).isEmpty();
            assertThat(a.analysis().levels().maxPain()).isPositive();
            assertThat(a.analysis().iv().historicalVolatility()).isPresent();
            assertThat(a.strategies()).isNotEmpty();
        });
        assertThat(NoVolumeWarning.of(List.of(outcome)))
                .hasValueSatisfying(w -> assertThat(w)
                        .startsWith("analysed without a volume profile (the daily candles carry no traded volume):"
                                + " NIFTY;"));

        SymbolOutcome traded = new SymbolPipeline(
                        SIM, Optional.empty(), Settings.defaults(), TradingDays.WEEKDAYS, BrokerMargin.NONE)
                .analyse("NIFTY", FRIDAY, Optional.empty(), 11.0, RiskTolerance.MODERATE, 3);
        assertThat(traded).isInstanceOfSatisfying(SymbolOutcome.Analysed.class, a -> {
            assertThat(a.underlying().basis()).isEqualTo(AnalysisBasis.PRICE_HISTORY_AND_CHAINS);
            assertThat(a.underlying().levels().valueArea()).isPresent();
        });
        assertThat(NoVolumeWarning.of(List.of(traded))).isEmpty();

        FaultyMarketData stock = new FaultyMarketData(SIM).editCandles("ABB", SymbolPipelineTest::withoutVolume);
        SymbolOutcome.NoStrategy missing = analyseMissing(stock, "ABB", FRIDAY);
        assertThat(missing.reason()).isEqualTo(RejectionReason.DATA_MISSING);
        assertThat(missing.detail()).isEqualTo("no traded volume in the candles: the value area is undefined");
    }

    private static List<Candle> withoutVolume(List<Candle> candles) {
        return candles.stream()
                .map(c -> new Candle(c.date(), c.open(), c.high(), c.low(), c.close(), 0))
                .toList();
    }
}
