package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.VolatilitySmile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 payoff}: maximum profit and loss, breakevens, probability of profit and expected value, gross (at
 * the given premiums), at executable prices and after the cost stack, with the margin and return on capital; and the
 * P&amp;L chart ({@code --chart}).
 */
@Command(
        name = "payoff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Figures of an option position at expiry: max profit, max loss, breakevens, probability of profit"
                    + " (lognormal, risk-neutral drift r - q, exact over the profit intervals) and expected value;"
                    + " at executable prices, then net of the NSE cost stack, with the margin it blocks.",
            "",
            "Input: JSON on standard input or --input, for example:",
            "  {\"spot\":1500,\"volatility\":0.25,\"days\":30,\"lot_size\":500,",
            "   \"legs\":[{\"right\":\"CALL\",\"side\":\"BUY\",\"strike\":1500,",
            "             \"premium\":35.2,\"lots\":1},",
            "            {\"right\":\"CALL\",\"side\":\"SELL\",\"strike\":1560,",
            "             \"bid\":11.9,\"ask\":12.3,\"lots\":1}]}",
            "A leg may give its book (\"bid\" and \"ask\"; the premium defaults to the mid) and its \"iv\"; a"
                    + " stock leg is {\"type\":\"STOCK\",\"side\":\"BUY\",\"price\":1500,\"lots\":1}. The position"
                    + " may give \"symbol\", \"underlying\" (INDEX or STOCK, the default), \"as_of\" (trade date),"
                    + " \"rate\" and \"dividend\" (default 0); lot_size and lots default to 1. A leg with its own"
                    + " \"days\" expires later (calendar, diagonal) and is valued by Black-Scholes-Merton at the first"
                    + " expiry. volatility is a decimal in (0, 5] (0.25 = 25%%).",
            "A strategy object exactly as 'analyze --json' writes it is read too:",
            "  jq '.symbols[0].strategies[0]' results.json | options-v4 payoff",
            "Or build a registered strategy: --strategy NAME --strikes K1,K2,... (see --list-strategies).",
            "",
            "Output: a payoff table on a terminal (or --table), JSON otherwise (or --json). Figures are at"
                    + " executable prices (buy at the ask, sell at the bid; the premium itself without a book or"
                    + " --spread); \"gross\" is the same at the given premiums, \"net\" after the NSE cost stack"
                    + " (Dhan's brokerage; entry, then exit by orders or settlement at expiry), with \"costs\","
                    + " \"margin\", \"capital_required\" and \"return_on_capital\". Rupees are for the whole position"
                    + " (per unit x lot_size x lots); max_loss is positive; an unbounded figure is \"unlimited\"."
                    + " Rates are those of the trade date: --trade-date, else as_of, else today.",
            "--chart FILE.png|FILE.svg draws the P&L at expiry and today against the underlying.",
            ""
        })
public final class PayoffCommand implements Callable<Integer> {

    private static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Kolkata");

    private final InputStream stdin;
    private final boolean terminal;
    private final Clock clock;

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

    @Option(
            names = "--spread",
            description = "Give legs without bid and ask the calibrated spread model's bid and ask"
                    + " (docs/spread-model.md) around their premium.")
    private boolean spread;

    @Option(
            names = "--trade-date",
            paramLabel = "DATE",
            description = "Trade date for the cost rates and the margin (default: the input's as_of, else today).")
    private LocalDate asOf;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Also draw the P&L chart into FILE.png or FILE.svg (an existing regular file is replaced).")
    private Path chart;

    @ArgGroup(exclusive = false, heading = "%nBuild a registered strategy instead of reading JSON:%n")
    private PayoffStrategyOptions strategy;

    /** Text table or JSON. */
    static final class Format {
        @Option(names = "--json", description = "Write JSON (the default when the output is not a terminal).")
        boolean json;

        @Option(names = "--table", description = "Write the payoff table (the default on a terminal).")
        boolean table;
    }

    /**
     * Creates the command reading standard input from {@code stdin}; {@code terminal} when output is a terminal;
     * {@code clock} gives today's date when the input names no trade date.
     */
    public PayoffCommand(InputStream stdin, boolean terminal, Clock clock) {
        this.stdin = stdin;
        this.terminal = terminal;
        this.clock = clock;
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
        if (asOf != null) {
            position = position.withMarket(position.market().withAsOf(Optional.of(asOf)));
        }
        LocalDate tradeDate =
                position.market().asOf().orElseGet(() -> LocalDate.ofInstant(clock.instant(), EXCHANGE_ZONE));
        PayoffReport report = PayoffReport.of(position, spread, tradeDate);
        if (chart != null) {
            ChartFile.write(PayoffChart.of(report).chart(), chart);
        }
        boolean asJson = format.json || (!format.table && !terminal);
        if (asJson) {
            out.println(PayoffJson.write(report));
        } else {
            PayoffTable.print(out, report, RootCommand.screen(spec));
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
        String name = AnalyzedStrategy.matches(root) ? root.path("name").asText("") : "";
        return Position.of(PayoffRequest.parse(root)).withName(name);
    }

    /**
     * A position to analyse.
     *
     * @param name the registered strategy's name, empty for JSON input
     * @param legs the legs at their given premiums
     * @param quotes each leg's book and implied volatility as given
     * @param model spot, volatility, rate, dividend yield, years to the first expiry
     * @param laterVolatility the volatility of legs that outlive the first expiry
     * @param lotSize units per lot
     * @param market symbol, index or stock, trade date
     * @param smile the first expiry's smile, when given
     */
    record Position(
            String name,
            List<Leg> legs,
            List<LegQuote> quotes,
            ProbabilityModel model,
            double laterVolatility,
            int lotSize,
            PayoffMarket market,
            Optional<VolatilitySmile> smile) {

        /** Returns the position of a JSON request, without a name. */
        static Position of(PayoffRequest request) {
            return new Position(
                    "",
                    request.legs(),
                    request.quotes(),
                    request.model(),
                    request.laterVolatility(),
                    request.lotSize(),
                    request.market(),
                    request.smile());
        }

        /** Returns this position named {@code other}. */
        Position withName(String other) {
            return new Position(other, legs, quotes, model, laterVolatility, lotSize, market, smile);
        }

        /** Returns this position in {@code other} market. */
        Position withMarket(PayoffMarket other) {
            return new Position(name, legs, quotes, model, laterVolatility, lotSize, other, smile);
        }

        /** Returns the title of the position: its name, with the symbol when known. */
        String title() {
            String base = name.isEmpty() ? "Position" : name;
            return market.symbol().isEmpty() ? base : market.symbol() + " " + base;
        }
    }
}
