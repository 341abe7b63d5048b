package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.engine.pipeline.AnalysisPipeline;
import io.optionsv4.engine.pipeline.AnalysisRequest;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.MarketConditionsService;
import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} on the simulated market: deterministic for a seed and day, and every strategy family appears. */
class AnalyzeSimulatedIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    private JsonNode runJson(String... args) throws IOException {
        Cli.Run run = Cli.run("", false, Map.of(OptionsV4Home.VARIABLE, home.toString()), args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectNode doc = (ObjectNode) MAPPER.readTree(run.out());
        assertThat(doc.remove("generated_at")).isNotNull();
        assertThat(((ObjectNode) doc.get("summary")).remove("elapsed_ms")).isNotNull();
        return doc;
    }

    @Test
    void test_sameSeedAndDay_giveTheSameDocument() throws IOException {
        String[] args = {"--data", "sim", "--seed", "7", "--as-of", "2026-11-20", "analyze", "--no-database", "--json"};

        JsonNode first = runJson(args);
        JsonNode second = runJson(args);

        assertThat(first.get("summary").get("total_strategies_recommended").asInt())
                .isPositive();
        assertThat(second).isEqualTo(first);
        SimulatedMarketData market = new SimulatedMarketData(7);
        LocalDate day = LocalDate.parse("2026-11-20");
        int twoExpiries = 0;
        int checked = 0;
        for (JsonNode symbol : first.get("symbols")) {
            for (JsonNode strategy : symbol.path("strategies")) {
                String name = symbol.get("symbol").asText();
                twoExpiries += FiguresCheck.check((s, e) -> market.optionChain(s, e, day), name, strategy) ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked)
                .isEqualTo(
                        first.get("summary").get("total_strategies_recommended").asInt());
        assertThat(twoExpiries).as("calendars and diagonals checked").isPositive();
    }

    /** One simulated day, run through the engine with the embedded default settings and no store. */
    private static AnalysisRun engine(long seed, String day) {
        SimulatedMarketData market = new SimulatedMarketData(seed);
        Clock clock = Clock.systemUTC();
        MarketConditionsService conditions =
                new MarketConditionsService(market, Optional.empty(), MarketStateEvaluator.DEFAULT, clock);
        AnalysisPipeline pipeline = new AnalysisPipeline(
                market,
                Optional.empty(),
                Optional.empty(),
                conditions,
                AnalysisConfig.defaults(),
                clock,
                Runtime.getRuntime().availableProcessors());
        return pipeline.run(
                new AnalysisRequest(
                        LocalDate.parse(day), List.of(), OptionalInt.empty(), RiskTolerance.MODERATE, 3, false),
                ProgressListener.NONE);
    }

    /** Returns the sum of the local capital of each short leg of {@code c} margined alone. */
    private static double nakedShortLegs(Candidate c) {
        MarginMarket market = new MarginMarket(
                c.symbol().contains("NIFTY") ? UnderlyingKind.INDEX : UnderlyingKind.STOCK,
                c.spot(),
                c.atmVolatility(),
                c.model().rate(),
                c.model().dividendYield(),
                c.nearExpiry());
        double naked = 0;
        for (Leg leg : c.strategy().legs()) {
            if (leg instanceof OptionLeg o && o.quantity() < 0) {
                naked += MarginCalculator.NSE
                        .margin(MarginBasket.of(List.of(o), c.atmVolatility()), market, c.asOf())
                        .capitalRequired()
                        .rupees();
            }
        }
        return naked;
    }

    @Test
    void test_bullishBearishAndNeutralDays_keepEveryStrategyFamily() {
        // Seeds and days chosen (by looking) for a bullish, a bearish and a neutral NIFTY on the simulated market.
        List<AnalysisRun> runs = List.of(engine(2, "2026-11-20"), engine(1, "2026-11-20"), engine(4, "2026-11-20"));

        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        Map<StrategyCategory, Integer> categories = new EnumMap<>(StrategyCategory.class);
        for (AnalysisRun run : runs) {
            assertThat(run.market()).isInstanceOf(MarketConditions.class);
            directions.add(((MarketConditions) run.market()).state().direction());
            assertThat(run.summary().withStrategies()).isPositive();
            for (SymbolOutcome outcome : run.outcomes()) {
                if (outcome instanceof SymbolOutcome.Analysed a) {
                    a.strategies()
                            .forEach(s -> categories.merge(
                                    s.ranked()
                                            .candidate()
                                            .definition()
                                            .metadata()
                                            .category(),
                                    1,
                                    Integer::sum));
                }
            }
        }

        int condors = 0;
        for (AnalysisRun run : runs) {
            for (SymbolOutcome outcome : run.outcomes()) {
                if (outcome instanceof SymbolOutcome.Analysed a) {
                    for (RankedStrategy s : a.strategies()) {
                        assertThat(s.capitalRequired().orElseThrow().paise())
                                .as(s.toString())
                                .isPositive();
                        assertThat(s.planCostsIncluded()).isTrue();
                        if (s.ranked().candidate().name().equals("Iron Condor")) {
                            condors++;
                            assertThat(s.capitalRequired().orElseThrow().rupees())
                                    .isLessThan(nakedShortLegs(s.ranked().candidate()));
                        }
                    }
                }
            }
        }
        assertThat(condors).as("iron condors kept").isPositive();
        assertThat(directions).containsExactlyInAnyOrder(Direction.values());
        assertThat(categories.keySet()).as(categories.toString()).containsExactlyInAnyOrder(StrategyCategory.values());
    }
}
