package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code options-v4 data quotes SYMBOL...}: the spot and the at-the-money chain rows of each symbol. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description =
                "Prints each symbol's spot quote and the chain rows around the money of its current month's expiry.")
public final class QuotesCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    /** Strikes shown each side of the ATM strike. */
    static final int ATM_WIDTH = 2;

    /** One symbol in the {@code --json} array: its spot quote and the chain rows around the money. */
    record SymbolQuotes(
            String symbol, double last, double close, double previousClose, double change, ChainView.ChainJson chain) {}

    private final MarketDataFactory factory;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Underlyings, e.g. NIFTY RELIANCE.")
    private List<String> symbols;

    @Option(names = "--json", description = "Write JSON.")
    private boolean json;

    @Option(names = "--skip-unknown", description = "Leave out symbols that are not F&O symbols, with a warning.")
    private boolean skipUnknown;

    /** Creates the command with the factory that opens market data. */
    public QuotesCommand(MarketDataFactory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        MarketDataFactory.Opened opened = factory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        MarketData marketData = opened.marketData();
        LocalDate asOf = opened.asOf();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> symbols = MarketChecks.symbols(
                marketData, asOf, this.symbols, "SYMBOL", skipUnknown, err, "options-v4 data quotes");
        MarketChecks.warnIfNoSession(asOf, err, "options-v4 data quotes");
        List<SymbolQuotes> all = new ArrayList<>();
        if (!json) {
            out.println("as of " + asOf + " from " + opened.description());
        }
        for (String symbol : symbols) {
            Quote quote = marketData.quote(symbol, asOf);
            LocalDate expiry = ChainView.defaultExpiry(marketData, symbol, asOf);
            OptionChain chain = marketData.optionChain(symbol, expiry, asOf);
            List<ChainRow> rows = ChainView.around(chain, ATM_WIDTH);
            if (json) {
                all.add(new SymbolQuotes(
                        quote.symbol(),
                        quote.last(),
                        quote.close(),
                        quote.previousClose(),
                        quote.change(),
                        ChainView.json(chain, rows)));
            } else {
                out.println();
                out.printf(
                        Locale.ROOT,
                        "%s  last %s  close %s  change %s (previous close %s)%n",
                        quote.symbol(),
                        Rupees.of(quote.last()),
                        Rupees.of(quote.close()),
                        Rupees.of(quote.change()),
                        Rupees.of(quote.previousClose()));
                ChainTable.print(out, chain, rows, RootCommand.screen(spec));
            }
        }
        if (json) {
            out.println(Json.ONE_LINE.writeValueAsString(all));
        }
        out.flush();
        DataQualityOutput.print(
                DataQualityOutput.of(marketData), spec.commandLine().getErr(), "quotes");
        return 0;
    }
}
