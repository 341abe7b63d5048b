package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.selection.NetEconomics;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import io.optionsv4.store.JdbiAnalysisStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code options-v4 analyze} end to end on the replay of the real NSE files in the project's {@code data/} for
 * 2020-01-03, with the embedded database: one full run (and an identical second one) in {@link #runTwice}, checked
 * against the replay's own chains, the core's payoff figures and the stored rows.
 */
class AnalyzeCommandIT {

    private static final LocalDate DAY = LocalDate.parse("2020-01-03");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The file names the fixed clock of {@link StoreCli} (1 March 2020, 10:00 India time) gives. */
    private static final String RESULTS_STEM = "options_v4_analysis_20200301_100000";

    /** What {@code --json} prints on standard error before the results file's path. */
    private static final String RESULTS_MESSAGE = "options-v4 analyze: results written to ";

    private static final String LOG = "logs/options_v4_main_20200301.log";

    private static final String[] REPLAY = {"--data", "replay", "--as-of", DAY.toString(), "analyze"};

    private static final List<String> TABLES = List.of(
            "strategies",
            "strategy_details",
            "strategy_parameters",
            "strategy_risk_management",
            "strategy_greek_exposures",
            "market_conditions");

    private static BhavcopyReplayMarketData replay;
    private static Path resultsPath;
    private static final Map<String, OptionChain> CHAINS = new ConcurrentHashMap<>();
    private static Cli.Run first;
    private static JsonNode doc;
    private static JsonNode resultsFile;
    private static List<String> logLines;
    private static Map<String, Integer> rowsAfterFirst;
    private static Cli.Run second;
    private static JsonNode secondDoc;
    private static Map<String, Integer> rowsAfterSecond;

    @BeforeAll
    static void runTwice() throws IOException {
        replay = new BhavcopyReplayMarketData(ProjectData.directory());
        Path home = StoreCli.home();
        Path log = home.resolve(LOG);
        int logBefore = Files.exists(log)
                ? Files.readAllLines(log, StandardCharsets.UTF_8).size()
                : 0;

        first = StoreCli.run(args("--json"));
        doc = MAPPER.readTree(first.out());
        resultsPath = Path.of(first.err()
                .lines()
                .filter(l -> l.startsWith(RESULTS_MESSAGE))
                .findFirst()
                .orElseThrow()
                .substring(RESULTS_MESSAGE.length()));
        resultsFile = MAPPER.readTree(resultsPath.toFile());
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        logLines = all.subList(logBefore, all.size());
        rowsAfterFirst = rowCounts();

        second = StoreCli.run(args("--json"));
        secondDoc = MAPPER.readTree(second.out());
        rowsAfterSecond = rowCounts();
    }

    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of(REPLAY));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    StoreCli.database()
                            .jdbi()
                            .withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                                    .mapTo(Integer.class)
                                    .one()));
        }
        counts.put("strategies of the day", strategiesOfTheDay());
        return counts;
    }

    private static int strategiesOfTheDay() {
        return StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM strategies WHERE trade_date = :day")
                        .bind("day", DAY)
                        .mapTo(Integer.class)
                        .one());
    }

    private static OptionChain chain(String symbol, LocalDate expiry) {
        return CHAINS.computeIfAbsent(symbol + " " + expiry, k -> replay.optionChain(symbol, expiry, DAY));
    }

    private static List<JsonNode> strategies(JsonNode document) {
        List<JsonNode> all = new ArrayList<>();
        document.get("symbols").forEach(s -> {
            if (s.has("strategies")) {
                s.get("strategies").forEach(all::add);
            }
        });
        return all;
    }

    private static Map<String, JsonNode> bySymbol(JsonNode document) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        document.get("symbols").forEach(s -> map.put(s.get("symbol").asText(), s));
        return map;
    }

    @Test
    void test_run_marketStateIsLowVixAndStored() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode market = doc.get("market_conditions");

        assertThat(market.get("vix_regime").asText()).isEqualTo("LOW");
        assertThat(market.get("state").asText()).endsWith("_LOW_VIX");
        assertThat(market.get("india_vix").asDouble()).isBetween(11.5, 12.7);
        Map<String, Object> stored = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT state, india_vix FROM market_conditions WHERE trade_date = :day")
                        .bind("day", DAY)
                        .mapToMap()
                        .one());
        assertThat(stored.get("state")).isEqualTo(market.get("state").asText());
        assertThat(((Number) stored.get("india_vix")).doubleValue())
                .isCloseTo(market.get("india_vix").asDouble(), within(0.005));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2020-01-02"})
    void test_earlierDaysOfTheReplay_lowVixAndLegsListedThatDay(String text) throws IOException {
        LocalDate day = LocalDate.parse(text);
        Cli.Run run = StoreCli.run(
                "--data",
                "replay",
                "--as-of",
                text,
                "analyze",
                "--no-database",
                "--json",
                "--symbol",
                "NIFTY,RELIANCE,SBIN,INFY");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = MAPPER.readTree(run.out());
        assertThat(document.get("as_of").asText()).isEqualTo(text);
        assertThat(document.at("/data_quality/files_read").asInt())
                .as("the replay's data-quality report is in the document")
                .isPositive();
        assertThat(document.at("/data_quality/rejected_by_reason").isObject()).isTrue();
        assertThat(document.get("market_conditions").get("vix_regime").asText()).isEqualTo("LOW");
        // The "11.5-12.7" is to one decimal: the file has 11.49 on 2 January (and no 1 January row, so
        // that day reads the last close before it).
        assertThat(document.get("market_conditions").get("india_vix").asDouble())
                .isBetween(11.45, 12.75);
        int legs = 0;
        for (JsonNode symbol : document.get("symbols")) {
            for (JsonNode strategy : symbol.path("strategies")) {
                for (JsonNode leg : strategy.get("legs")) {
                    LocalDate expiry = LocalDate.parse(leg.get("expiry").asText());
                    Optional<OptionQuote> quote = replay.optionChain(
                                    symbol.get("symbol").asText(), expiry, day)
                            .quote(
                                    leg.get("strike").asDouble(),
                                    Right.valueOf(leg.get("right").asText()));
                    assertThat(quote).as(text + " " + leg).isPresent();
                    assertThat(quote.get().isTraded()).as(text + " " + leg).isTrue();
                    assertThat(leg.get("reference_price").asDouble())
                            .isCloseTo(quote.get().close(), within(0.005));
                    legs++;
                }
            }
        }
        assertThat(legs).as("legs on " + text).isPositive();
    }

    @Test
    void test_run_wholeUniverseEachWithStrategiesOrAReason() {
        List<String> universe = replay.symbols(DAY);
        Map<String, JsonNode> symbols = bySymbol(doc);

        // 144 stocks and the three indices with options in the F&O file of the day.
        assertThat(universe).hasSize(147).contains("NIFTY", "BANKNIFTY", "NIFTYIT", "RELIANCE");
        assertThat(new ArrayList<>(symbols.keySet())).isEqualTo(universe);
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("total_symbols_analyzed").asInt()).isEqualTo(universe.size());
        Map<String, Integer> reasons = new HashMap<>();
        int analysed = 0;
        int strategies = 0;
        for (JsonNode s : symbols.values()) {
            String status = s.get("status").asText();
            if (status.equals("ANALYSED")) {
                analysed++;
                strategies += s.get("strategies").size();
                assertThat(s.get("strategies").size())
                        .as(s.get("symbol").asText())
                        .isBetween(1, 3);
            } else {
                assertThat(status).isEqualTo("NO_STRATEGY");
                assertThat(s.get("reason").asText()).isNotBlank();
                assertThat(s.get("detail").asText())
                        .as(s.get("symbol").asText())
                        .isNotBlank();
                reasons.merge(s.get("reason").asText(), 1, Integer::sum);
            }
        }
        Map<String, Integer> summarised = new HashMap<>();
        summary.get("no_strategy_reasons")
                .fields()
                .forEachRemaining(e -> summarised.put(e.getKey(), e.getValue().asInt()));
        assertThat(summarised).isEqualTo(reasons);
        assertThat(summary.get("successful_analyses").asInt()).isEqualTo(analysed);
        assertThat(summary.get("total_strategies_recommended").asInt()).isEqualTo(strategies);
        assertThat(analysed).as("most of the F&O universe gets a strategy").isGreaterThan(universe.size() / 2);
    }

    @Test
    void test_run_everyLegIsAListedTradedPricedContractAtItsClose() {
        int legs = 0;
        for (JsonNode symbol : doc.get("symbols")) {
            if (!symbol.has("strategies")) {
                continue;
            }
            String name = symbol.get("symbol").asText();
            for (JsonNode strategy : symbol.get("strategies")) {
                int lotSize = strategy.get("lot_size").asInt();
                assertThat(lotSize).isPositive();
                for (JsonNode leg : strategy.get("legs")) {
                    String where = name + " " + strategy.get("name").asText() + " " + leg;
                    LocalDate expiry = LocalDate.parse(leg.get("expiry").asText());
                    assertThat(expiry).as(where).isAfter(DAY);
                    OptionChain chain = chain(name, expiry);
                    Optional<OptionQuote> quote = chain.quote(
                            leg.get("strike").asDouble(),
                            Right.valueOf(leg.get("right").asText()));
                    assertThat(quote).as(where).isPresent();
                    assertThat(quote.get().isTraded()).as(where).isTrue();
                    assertThat(quote.get().valuation()).as(where).isInstanceOf(Valuation.Priced.class);
                    assertThat(quote.get().bidAsk()).as(where).isEmpty();
                    assertThat(leg.get("reference_source").asText()).isEqualTo("CLOSE");
                    assertThat(leg.get("reference_price").asDouble())
                            .as(where)
                            .isCloseTo(quote.get().close(), within(0.005));
                    assertThat(leg.get("price_source").asText()).as(where).isEqualTo("MODEL");
                    double executable = leg.get("premium").asDouble();
                    if (leg.get("side").asText().equals("BUY")) {
                        assertThat(executable)
                                .as(where + " buy at the ask")
                                .isGreaterThan(quote.get().close());
                    } else {
                        assertThat(executable)
                                .as(where + " sell at the bid")
                                .isLessThan(quote.get().close());
                    }
                    assertThat(leg.get("iv").asDouble())
                            .as(where)
                            .isCloseTo(quote.get().impliedVolatility().getAsDouble(), within(0.00005));
                    assertThat(leg.get("lots").asInt()).as(where).isPositive();
                    assertThat(leg.get("quantity").asLong())
                            .isEqualTo((long) leg.get("lots").asInt() * lotSize);
                    chain.lotSize()
                            .ifPresent(
                                    l -> assertThat(l.unitsPerLot()).as(where).isEqualTo(lotSize));
                    legs++;
                }
            }
        }
        assertThat(legs)
                .isGreaterThan(
                        doc.get("summary").get("total_strategies_recommended").asInt());
    }

    @Test
    void test_run_figuresAreTheCoresOnTheSameLegsAndModel() {
        List<JsonNode> strategies = new ArrayList<>();
        Map<JsonNode, String> symbolOf = new HashMap<>();
        for (JsonNode symbol : doc.get("symbols")) {
            if (symbol.has("strategies")) {
                symbol.get("strategies").forEach(s -> {
                    strategies.add(s);
                    symbolOf.put(s, symbol.get("symbol").asText());
                });
            }
        }
        assertThat(strategies).isNotEmpty();
        for (JsonNode s : strategies) {
            FiguresCheck.check(AnalyzeCommandIT::chain, symbolOf.get(s), s);
        }
    }

    @Test
    void test_run_databaseHoldsExactlyTheStrategiesOfTheJson() {
        JsonNode summary = doc.get("summary");
        assertThat(rowsAfterFirst.get("strategies of the day"))
                .isEqualTo(summary.get("total_strategies_recommended").asInt());
        assertThat(summary.get("stored").asInt())
                .isEqualTo(summary.get("successful_analyses").asInt());
        assertThat(summary.get("store_failures").asInt()).isZero();
        JdbiAnalysisStore store = new JdbiAnalysisStore(StoreCli.database().jdbi());
        List<String> analysed = new ArrayList<>();
        bySymbol(doc).forEach((symbol, node) -> {
            if (node.get("status").asText().equals("ANALYSED")) {
                analysed.add(symbol);
            }
        });
        assertThat(store.symbols(DAY)).containsExactlyInAnyOrderElementsOf(analysed);
        List<String> sample =
                List.of(analysed.get(0), analysed.get(analysed.size() / 2), analysed.get(analysed.size() - 1));
        for (String symbol : sample) {
            SymbolAnalysis stored = store.find(symbol, DAY).orElseThrow();
            JsonNode json = bySymbol(doc).get(symbol).get("strategies");
            assertThat(stored.recommendations()).as(symbol).hasSize(json.size());
            for (int i = 0; i < json.size(); i++) {
                compare(symbol, stored.recommendations().get(i), json.get(i));
            }
            assertThat(stored.spot())
                    .isCloseTo(
                            bySymbol(doc)
                                    .get(symbol)
                                    .get("analysis")
                                    .get("spot")
                                    .asDouble(),
                            within(0.005));
        }
    }

    private static void compare(String symbol, StrategyRecommendation stored, JsonNode json) {
        String where = symbol + " " + json.get("name").asText();
        assertThat(stored.strategyName()).as(where).isEqualTo(json.get("name").asText());
        assertThat(stored.legs()).as(where).hasSize(json.get("legs").size());
        for (int i = 0; i < stored.legs().size(); i++) {
            RecommendedLeg leg = stored.legs().get(i);
            JsonNode l = json.get("legs").get(i);
            assertThat(leg.side().name()).as(where).isEqualTo(l.get("side").asText());
            assertThat(leg.right().name()).as(where).isEqualTo(l.get("right").asText());
            assertThat(leg.strike()).as(where).isEqualTo(l.get("strike").asDouble());
            assertThat(leg.expiry())
                    .as(where)
                    .isEqualTo(LocalDate.parse(l.get("expiry").asText()));
            assertThat(leg.lots()).as(where).isEqualTo(l.get("lots").asInt());
            assertThat(leg.premiumPerUnit())
                    .as(where)
                    .isCloseTo(l.get("premium").asDouble(), within(0.005));
        }
        JsonNode figures = json.get("figures");
        assertThat(stored.figures().probabilityOfProfit())
                .as(where)
                .isCloseTo(figures.get("probability_of_profit").asDouble(), within(0.00005 + 1e-9));
        FiguresCheck.assertAmount(
                where + " stored max loss",
                figures.get("max_loss"),
                stored.figures().maxLoss());
        NetEconomics economics = stored.economics().orElseThrow();
        JsonNode net = json.get("net");
        assertThat(economics.netExpectedValue().rupees())
                .as(where + " stored net EV")
                .isCloseTo(net.get("expected_value").asDouble(), within(0.006));
        assertThat(economics.capitalRequired().rupees())
                .as(where + " stored capital")
                .isPositive()
                .isCloseTo(json.get("capital").get("capital_required").asDouble(), within(0.006));
        assertThat(economics.costsTotal().rupees())
                .as(where + " stored costs")
                .isCloseTo(json.get("costs").get("round_trip_at_target").asDouble(), within(0.006));
        assertThat(economics.netExpectedValueUnderPlan().rupees())
                .as(where + " stored net EV under the plan")
                .isCloseTo(
                        json.get("plan_probabilities")
                                .get("expected_pnl_under_plan")
                                .asDouble(),
                        within(0.006));
        if (net.get("max_loss").isNumber()) {
            assertThat(economics.netMaxLoss().orElseThrow().rupees())
                    .as(where)
                    .isCloseTo(net.get("max_loss").asDouble(), within(0.006));
        }
        assertThat(stored.totalScore())
                .as(where)
                .isCloseTo(json.get("total_score").asDouble(), within(0.005));
        assertThat(stored.conviction().name())
                .as(where)
                .isEqualTo(json.get("conviction").asText());
    }

    @Test
    void test_run_hedgedCapitalBelowItsShortLegsNaked() {
        int hedged = 0;
        for (JsonNode s : strategies(doc)) {
            Set<String> sides = new HashSet<>();
            Set<String> expiries = new HashSet<>();
            s.get("legs").forEach(l -> {
                sides.add(l.get("side").asText());
                expiries.add(l.get("expiry").asText());
            });
            if (sides.size() < 2 || expiries.size() > 1 || s.has("underlying_leg")) {
                continue;
            }
            hedged++;
            JsonNode model = s.get("model");
            double spot = model.get("spot").asDouble();
            double vol = model.get("volatility").asDouble();
            LocalDate expiry = LocalDate.parse(model.get("near_expiry").asText());
            MarginMarket market = new MarginMarket(
                    spot > 5000 ? UnderlyingKind.INDEX : UnderlyingKind.STOCK,
                    spot,
                    vol,
                    model.get("rate").asDouble(),
                    model.get("dividend").asDouble(),
                    expiry);
            double naked = 0;
            for (JsonNode l : s.get("legs")) {
                if (l.get("side").asText().equals("SELL")) {
                    OptionLeg leg = OptionLeg.of(
                            Right.valueOf(l.get("right").asText()),
                            Side.SELL,
                            l.get("strike").asDouble(),
                            l.get("premium").asDouble(),
                            l.get("lots").asInt(),
                            s.get("lot_size").asInt());
                    naked += MarginCalculator.NSE
                            .margin(MarginBasket.of(List.of(leg), vol), market, DAY)
                            .capitalRequired()
                            .rupees();
                }
            }
            assertThat(s.get("capital").get("capital_required").asDouble())
                    .as(s.get("legs").toString())
                    .isPositive()
                    .isLessThan(naked);
        }
        assertThat(hedged)
                .as("spreads, condors and butterflies kept on 3 Jan 2020")
                .isPositive();
    }

    @Test
    void test_rerun_isIdempotent() {
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(rowsAfterSecond).isEqualTo(rowsAfterFirst);
        assertThat(rowsAfterFirst.get("strategies")).isPositive();
        List<String> firstNames = new ArrayList<>();
        List<String> secondNames = new ArrayList<>();
        strategies(doc).forEach(s -> firstNames.add(s.get("name").asText() + s.get("legs")));
        strategies(secondDoc).forEach(s -> secondNames.add(s.get("name").asText() + s.get("legs")));
        assertThat(secondNames).isEqualTo(firstNames);
    }

    @Test
    void test_run_writesTheResultsFileAndOneLogLinePerSymbol() {
        assertThat(resultsFile).isEqualTo(doc);
        assertThat(resultsPath.getParent()).isEqualTo(StoreCli.home().resolve("results"));
        assertThat(resultsPath.getFileName().toString())
                .startsWith(RESULTS_STEM)
                .endsWith(".json");
        assertThat(resultsPath.getParent().toFile().list((dir, name) -> name.endsWith(".partial")))
                .isEmpty();
        Path secondResults = Path.of(second.err()
                .lines()
                .filter(l -> l.startsWith(RESULTS_MESSAGE))
                .findFirst()
                .orElseThrow()
                .substring(RESULTS_MESSAGE.length()));
        assertThat(secondResults).isNotEqualTo(resultsPath);
        assertThat(resultsPath).exists();
        Map<String, String> levelBySymbol = new LinkedHashMap<>();
        Map<String, Integer> linesBySymbol = new HashMap<>();
        List<String> universe = replay.symbols(DAY);
        for (String line : logLines) {
            String[] parts = line.split(" ", 4);
            assertThat(parts).as(line).hasSize(4);
            assertThat(parts[2]).as(line).isIn("INFO", "WARN", "ERROR");
            int colon = parts[3].indexOf(": ");
            if (colon > 0 && universe.contains(parts[3].substring(0, colon))) {
                String symbol = parts[3].substring(0, colon);
                linesBySymbol.merge(symbol, 1, Integer::sum);
                levelBySymbol.put(symbol, parts[2]);
            }
        }
        assertThat(linesBySymbol.keySet()).containsExactlyInAnyOrderElementsOf(universe);
        assertThat(linesBySymbol.values()).allMatch(n -> n == 1);
        bySymbol(doc)
                .forEach((symbol, node) -> assertThat(levelBySymbol.get(symbol))
                        .as(symbol)
                        .isEqualTo(node.get("status").asText().equals("ANALYSED") ? "INFO" : "WARN"));
    }

    @Test
    void test_namedSymbols_topOneAndNothingStored() throws IOException {
        int before = strategiesOfTheDay();
        int conditions = rowCounts().get("market_conditions");

        Cli.Run run = StoreCli.run(
                args("--symbol", "NIFTY", "--symbol", "RELIANCE", "--top", "1", "--no-database", "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = MAPPER.readTree(run.out());
        assertThat(bySymbol(out).keySet()).containsExactly("NIFTY", "RELIANCE");
        assertThat(out.get("top_per_symbol").asInt()).isEqualTo(1);
        for (JsonNode symbol : out.get("symbols")) {
            if (symbol.has("strategies")) {
                assertThat(symbol.get("strategies").size()).isEqualTo(1);
            }
        }
        assertThat(out.get("summary").get("successful_analyses").asInt()).isPositive();
        assertThat(out.get("summary").get("stored").asInt()).isZero();
        assertThat(strategiesOfTheDay()).isEqualTo(before);
        assertThat(rowCounts().get("market_conditions")).isEqualTo(conditions);
    }

    @Test
    void test_unknownSymbol_isAUsageErrorUnlessSkipped() throws IOException {
        Cli.Run alone = StoreCli.run(args("--symbol", "NOSUCH", "--no-database", "--json"));

        assertThat(alone.exitCode()).as(alone.err()).isEqualTo(2);
        assertThat(alone.err())
                .contains("--symbol: NOSUCH is not an F&O symbol on " + DAY)
                .contains("Run 'options-v4 analyze --help' for its options.");
        assertThat(alone.out()).isEmpty();

        Cli.Run mixed = StoreCli.run(args("--symbol", "nosuch,RELIANCE", "--no-database", "--json", "--skip-unknown"));
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        assertThat(mixed.err()).contains("warning: skipped NOSUCH");
        Map<String, JsonNode> symbols = bySymbol(MAPPER.readTree(mixed.out()));
        assertThat(symbols.keySet()).containsExactly("RELIANCE");
        assertThat(symbols.get("RELIANCE").get("status").asText()).isEqualTo("ANALYSED");
    }

    @Test
    void test_conservative_keepsOnlyPop45AndMaxLoss90k() throws IOException {
        Cli.Run run = StoreCli.run(args("--risk", "conservative", "--no-database", "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = MAPPER.readTree(run.out());
        assertThat(out.get("risk_tolerance").asText()).isEqualTo("conservative");
        List<JsonNode> kept = strategies(out);
        assertThat(kept).isNotEmpty();
        for (JsonNode s : kept) {
            JsonNode figures = s.get("figures");
            assertThat(figures.get("probability_of_profit").asDouble())
                    .as(s.get("name").asText())
                    .isGreaterThanOrEqualTo(0.45);
            assertThat(figures.get("max_loss").isNumber())
                    .as(s.get("name").asText())
                    .isTrue();
            assertThat(figures.get("max_loss").asDouble())
                    .as(s.get("name").asText())
                    .isLessThanOrEqualTo(90_000);
        }
        Map<String, Integer> reasons = new HashMap<>();
        out.get("symbols")
                .forEach(sym -> sym.get("rejected_strategies")
                        .forEach(r -> reasons.merge(r.get("reason").asText(), 1, Integer::sum)));
        assertThat(reasons).containsKeys("BELOW_POP_THRESHOLD", "ABOVE_MAX_LOSS");
    }

    @Test
    void test_badRisk_isAUsageError() {
        Cli.Run run = StoreCli.run(args("--risk", "nonsense", "--no-database"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nonsense");
    }
}
