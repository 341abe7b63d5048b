package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code options-v4 payoff}: maximum profit and loss, breakevens, probability of profit and expected value. */
@Command(
        name = "payoff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Figures of an option position at expiry: max profit, max loss, breakevens, probability of profit",
            "(lognormal, risk-neutral drift r - q, exact over the profit intervals) and expected value.",
            "",
            "Input: JSON (standard input or --input), e.g.",
            "  {\"spot\":1500,\"volatility\":0.25,\"rate\":0.065,\"dividend\":0,\"days\":30,\"lot_size\":500,",
            "   \"legs\":[{\"right\":\"CALL\",\"side\":\"BUY\",\"strike\":1500,\"premium\":35.2,\"lots\":1},",
            "           {\"right\":\"CALL\",\"side\":\"SELL\",\"strike\":1560,\"premium\":12.1,\"lots\":1},",
            "           {\"type\":\"STOCK\",\"side\":\"BUY\",\"price\":1500,\"lots\":1}]}",
            "rate, dividend default to 0; lot_size and lots to 1. A leg with its own \"days\" expires later",
            "(calendar, diagonal): it is valued by Black-Scholes-Merton at the first expiry. volatility is a",
            "decimal in (0, 5] (0.25 = 25%).",
            "A strategy object exactly as 'analyze --json' writes it is read too:",
            "  jq '.symbols[0].strategies[0]' results.json | options-v4 payoff",
            "Or build a registered strategy: --strategy NAME --strikes K1,K2,... (see --list-strategies).",
            "",
            "Output: {\"max_profit\",\"max_loss\",\"breakevens\",\"probability_of_profit\",\"expected_value\"}",
            "in rupees",
            "for the whole position (per unit x lotSize x lots); maxLoss is a positive number; an unbounded",
            "figure is \"unlimited\". A payoff table on a terminal, JSON otherwise or with --json.",
            ""
        })
public final class PayoffCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final boolean terminal;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            description = "JSON file to read (default: standard input).")
    private Path input;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    @Option(names = "--list-strategies", description = "List the registered strategies and their strikes, then exit.")
    private boolean listStrategies;

    @ArgGroup(exclusive = false, heading = "%nBuild a registered strategy instead of reading JSON:%n")
    private StrategyOptions strategy;

    /** Text table or JSON. */
    static final class Format {
        @Option(names = "--json", description = "Write JSON (the default when the output is not a terminal).")
        boolean json;

        @Option(names = "--table", description = "Write the payoff table (the default on a terminal).")
        boolean table;
    }

    /** Creates the command reading standard input from {@code stdin}; {@code terminal} when output is a terminal. */
    public PayoffCommand(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (listStrategies) {
            StrategyListing.print(out);
            out.flush();
            return 0;
        }
        Position position = strategy != null ? strategy.build() : fromJson();
        StrategyFigures figures = PayoffAnalyzer.figures(position.legs(), position.model(), position.laterVolatility());
        boolean asJson = format.json || (!format.table && !terminal);
        if (asJson) {
            out.println(PayoffJson.write(figures, position));
        } else {
            PayoffTable.print(out, position, figures);
        }
        out.flush();
        return 0;
    }

    private Position fromJson() throws IOException {
        byte[] bytes;
        if (input == null) {
            bytes = stdin.readAllBytes();
        } else {
            try {
                bytes = Files.readAllBytes(input);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("input file not found: " + input, e);
            }
        }
        String source = input == null ? "standard input" : input.toString();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new IllegalArgumentException(source + " is empty: expected a JSON position (see --help)");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
        PayoffRequest request = PayoffRequest.parse(root);
        return new Position("", request.legs(), request.model(), request.laterVolatility(), request.lotSize());
    }

    /** A position to analyse: its name (empty for JSON input), legs and model. */
    record Position(String name, List<Leg> legs, ProbabilityModel model, double laterVolatility, int lotSize) {}

    /** The options that build a registered strategy. */
    static final class StrategyOptions {
        @Option(
                names = "--strategy",
                required = true,
                paramLabel = "NAME",
                description = "Strategy name, e.g. bull-call-spread.")
        String name;

        @Option(
                names = "--strikes",
                required = true,
                split = ",",
                paramLabel = "K",
                description = "Strikes, ascending.")
        List<Double> strikes;

        @Option(
                names = "--premiums",
                split = ",",
                paramLabel = "P",
                description = "Premium per unit of each option leg, in the strategy's leg order"
                        + " (default: Black-Scholes-Merton at --volatility).")
        List<Double> premiums;

        @Option(names = "--spot", required = true, description = "Underlying price now.")
        double spot;

        @Option(names = "--volatility", required = true, description = "Annual volatility, decimal (0.25 = 25%%).")
        double volatility;

        @Option(
                names = "--rate",
                defaultValue = "0.065",
                description = "Risk-free rate, decimal (default: ${DEFAULT-VALUE}).")
        double rate;

        @Option(
                names = "--dividend",
                defaultValue = "0",
                description = "Dividend yield, decimal (default: ${DEFAULT-VALUE}).")
        double dividend;

        @Option(names = "--days", required = true, description = "Calendar days to the (near) expiry.")
        double days;

        @Option(names = "--far-days", description = "Calendar days to the far expiry (calendar and diagonal spreads).")
        Double farDays;

        @Option(names = "--lot-size", defaultValue = "1", description = "Units per lot (default: ${DEFAULT-VALUE}).")
        int lotSize;

        @Option(names = "--lots", defaultValue = "1", description = "Number of lots (default: ${DEFAULT-VALUE}).")
        int lots;

        @Option(
                names = "--underlying-price",
                description = "Entry price of the underlying leg (covered call); default --spot.")
        Double underlyingPrice;

        Position build() {
            StrategyDefinition definition = StrategyRegistry.find(name)
                    .orElseThrow(() -> new IllegalArgumentException("--strategy: unknown strategy '" + name + "'"
                            + Suggestions.didYouMean(
                                    name,
                                    StrategyRegistry.all().stream()
                                            .map(StrategyDefinition::slug)
                                            .toList())
                            + "; 'options-v4 payoff --list-strategies' lists the names"));
            if (!(volatility > 0 && volatility <= PayoffRequest.MAX_VOLATILITY)) {
                throw new IllegalArgumentException(
                        volatility > PayoffRequest.MAX_VOLATILITY
                                ? "--volatility " + volatility
                                        + " looks like a percentage: write it as a decimal, e.g. " + volatility / 100
                                        + " for " + volatility + "%"
                                : "--volatility must be a decimal in (0, 5], e.g. 0.25 for 25%, but was " + volatility);
            }
            double years = days / PayoffRequest.DAYS_PER_YEAR;
            ProbabilityModel model = ProbabilityModel.of(spot, volatility, rate, dividend, years);
            double gapYears = 0;
            if (definition.spansTwoExpiries()) {
                if (farDays == null || farDays <= days) {
                    throw new IllegalArgumentException(
                            definition.name() + " needs --far-days greater than --days (the far expiry)");
                }
                gapYears = (farDays - days) / PayoffRequest.DAYS_PER_YEAR;
            }
            StrategyInputs base = new StrategyInputs(
                    strikes,
                    zeros(definition.premiumCount()),
                    lots,
                    lotSize,
                    definition.holdsUnderlying() ? (underlyingPrice == null ? spot : underlyingPrice) : 0.0,
                    gapYears);
            List<Double> premiumsPerUnit = premiums != null ? premiums : theoretical(definition.legs(base), model);
            if (premiumsPerUnit.size() != definition.premiumCount()) {
                throw new IllegalArgumentException(definition.name() + " needs " + definition.premiumCount()
                        + " premiums (one per option leg) but got " + premiumsPerUnit.size());
            }
            StrategyInputs inputs = new StrategyInputs(
                    base.strikes(), premiumsPerUnit, lots, lotSize, base.underlyingPrice(), gapYears);
            return new Position(definition.name(), definition.legs(inputs), model, volatility, lotSize);
        }

        private static List<Double> zeros(int count) {
            List<Double> zeros = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                zeros.add(0.0);
            }
            return zeros;
        }

        private static List<Double> theoretical(List<Leg> legs, ProbabilityModel model) {
            List<Double> premiums = new ArrayList<>();
            for (Leg leg : legs) {
                if (leg instanceof OptionLeg o) {
                    premiums.add(BlackScholesMerton.price(
                            o.right(),
                            model.spot(),
                            o.strike(),
                            model.yearsToExpiry() + o.yearsAfterFirstExpiry(),
                            model.annualVol(),
                            model.rate(),
                            model.dividendYield()));
                }
            }
            return premiums;
        }
    }
}
