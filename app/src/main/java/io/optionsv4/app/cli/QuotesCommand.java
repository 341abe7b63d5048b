package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import java.io.PrintWriter;
import java.time.LocalDate;
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
public final class QuotesCommand implements Callable<Integer> {

    /** Strikes shown each side of the ATM strike. */
    static final int ATM_WIDTH = 2;

    private final MarketDataFactory factory;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Underlyings, e.g. NIFTY RELIANCE.")
    private List<String> symbols;

    @Option(names = "--json", description = "Write JSON.")
    private boolean json;

    /** Creates the command with the factory that opens market data. */
    public QuotesCommand(MarketDataFactory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() {
        MarketDataFactory.Opened opened =
                factory.open(RootCommand.globalOptions(spec).settings());
        MarketData marketData = opened.marketData();
        LocalDate asOf = opened.asOf();
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode all = ChainView.MAPPER.createArrayNode();
        if (!json) {
            out.println("as of " + asOf + " from " + opened.description());
        }
        for (String symbol : symbols) {
            Quote quote = marketData.quote(symbol, asOf);
            LocalDate expiry = ChainView.defaultExpiry(marketData, symbol, asOf);
            OptionChain chain = marketData.optionChain(symbol, expiry, asOf);
            List<ChainRow> rows = ChainView.around(chain, ATM_WIDTH);
            if (json) {
                ObjectNode node = all.addObject();
                node.put("symbol", quote.symbol());
                node.put("last", quote.last());
                node.put("close", quote.close());
                node.put("previousClose", quote.previousClose());
                node.put("change", quote.change());
                node.set("chain", ChainView.json(chain, rows));
            } else {
                out.println();
                out.printf(
                        Locale.ROOT,
                        "%s  last %s  close %s  %+.2f (previous close %s)%n",
                        quote.symbol(),
                        ChainView.money(quote.last()),
                        ChainView.money(quote.close()),
                        quote.change(),
                        ChainView.money(quote.previousClose()));
                ChainView.print(out, chain, rows);
            }
        }
        if (json) {
            out.println(all);
        }
        out.flush();
        DataQualityOutput.print(
                DataQualityOutput.of(marketData), spec.commandLine().getErr(), "quotes");
        return 0;
    }
}
