package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code options-v4 data chain SYMBOL}: an option chain with IV and Greeks per strike. */
@Command(
        name = "chain",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the option chain of SYMBOL for an expiry (default: the current month's series; --expiry",
            "for weeklies): open interest (units), volume (contracts), last and settlement prices, implied",
            "volatility from the chain's forward (Black-76) and delta, per strike; --json adds gamma, vega, theta,",
            "rho and bid/ask."
        })
public final class ChainCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private final MarketDataFactory factory;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Underlying, e.g. NIFTY or RELIANCE.")
    private String symbol;

    @Option(names = "--expiry", paramLabel = "DATE", description = "Expiry date, YYYY-MM-DD.")
    private LocalDate expiry;

    @Option(
            names = "--width",
            paramLabel = "N",
            description = "Only N strikes each side of the ATM strike, N >= 1 (default: every strike).")
    private Integer width;

    @Option(names = "--json", description = "Write JSON.")
    private boolean json;

    /** Creates the command with the factory that opens market data. */
    public ChainCommand(MarketDataFactory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        MarketDataFactory.Opened opened = factory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        if (width != null && width < 1) {
            throw new IllegalArgumentException("--width must be a whole number >= 1 but was " + width);
        }
        PrintWriter err = spec.commandLine().getErr();
        symbol = MarketChecks.symbols(
                        opened.marketData(), opened.asOf(), List.of(symbol), "SYMBOL", false, err, "data chain")
                .get(0);
        MarketChecks.warnIfNoSession(opened.asOf(), err, "options-v4 data chain");
        LocalDate date = expiry != null ? expiry : ChainView.defaultExpiry(opened.marketData(), symbol, opened.asOf());
        OptionChain chain = opened.marketData().optionChain(symbol, date, opened.asOf());
        List<ChainRow> rows = ChainView.around(chain, width == null ? -1 : width);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.ONE_LINE.writeValueAsString(ChainView.json(chain, rows)));
        } else {
            out.println("as of " + opened.asOf() + " from " + opened.description());
            ChainTable.print(out, chain, rows, RootCommand.screen(spec));
        }
        out.flush();
        DataQualityOutput.print(DataQualityOutput.of(opened.marketData()), err, "data chain");
        return 0;
    }
}
