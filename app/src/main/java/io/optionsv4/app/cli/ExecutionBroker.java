package io.optionsv4.app.cli;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.app.config.DataSource;
import io.optionsv4.app.config.DhanAccount;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.dhan.broker.DhanBroker;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.engine.execution.FreezeSlicingBroker;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.reference.FreezeLimits;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine;

/**
 * The composition root's choice of broker for the commands that trade: the paper broker unless Dhan credentials are
 * in the environment AND {@code --live} AND {@code --confirm} are given, then the Dhan broker ({@link DhanBroker})
 * of the account the environment names ({@link DhanAccount}), behind the {@link FreezeSlicingBroker} with NSE's freeze
 * quantities ({@link FreezeLimits}: the shipped table and {@code $OPTIONS_V4_HOME/freeze_quantities.csv}). Live
 * trading refuses to start when anything it needs is missing (credentials, the scrip master, Dhan's market data); it
 * never falls back to paper silently.
 */
final class ExecutionBroker {

    private ExecutionBroker() {}

    /** Live trading is asked for but cannot start. */
    static final class LiveUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LiveUnavailable(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code --live} can trade: credentials in the environment and an imported scrip master (the security
     * ids of the orders). The caller checks {@code --confirm} first (a usage error).
     *
     * @throws LiveUnavailable naming what is missing
     */
    static void requireLive(Map<String, String> environment) {
        DhanAccount account = new DhanAccount(environment);
        if (!account.hasCredentials()) {
            throw new LiveUnavailable("--live needs Dhan credentials in the environment: set "
                    + MarketDataFactory.DHAN_CLIENT_ID + " and " + MarketDataFactory.DHAN_ACCESS_TOKEN
                    + "; nothing was sent");
        }
        if (account.scripMaster().isEmpty()) {
            throw new LiveUnavailable("--live needs Dhan's scrip master (the security ids of the orders) at "
                    + account.scripMasterFile() + ": run 'options-v4 data import-scrip-master [FILE]' first; nothing"
                    + " was sent");
        }
    }

    /**
     * Checks {@code --live} for {@code command}: when live trading is impossible, prints why on {@code err} and returns
     * true (the caller exits {@link RootCommand#EXIT_UNAVAILABLE} having sent nothing); false when {@code live} is off
     * or live trading can start.
     */
    static boolean liveRefused(boolean live, Map<String, String> environment, PrintWriter err, String command) {
        if (!live) {
            return false;
        }
        try {
            requireLive(environment);
            return false;
        } catch (LiveUnavailable e) {
            err.println("options-v4 " + command + ": " + e.getMessage());
            return true;
        }
    }

    /**
     * Checks {@code --live} for a command that trades on market data {@code settings}: {@code --live} without
     * {@code --data dhan} is a usage error (thrown); otherwise as {@link #liveRefused(boolean, Map, PrintWriter,
     * String)}.
     */
    static boolean liveRefused(
            boolean live, MarketDataSettings settings, Map<String, String> environment, CommandLine commandLine) {
        String problem = liveDataProblem(live, settings.source());
        if (problem != null) {
            throw new CommandLine.ParameterException(commandLine, problem);
        }
        return liveRefused(
                live,
                environment,
                commandLine.getErr(),
                commandLine.getCommandSpec().qualifiedName(" ").replaceFirst("^options-v4 ", ""));
    }

    /**
     * Returns the usage problem of {@code --live} with market data {@code source}, or null: live orders are priced from
     * the broker's own quotes, so {@code --live} needs {@code --data dhan}.
     */
    static String liveDataProblem(boolean live, DataSource source) {
        if (live && source != DataSource.DHAN) {
            return "--live sends orders at Dhan's prices: add --data dhan (the market data is "
                    + source.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return null;
    }

    /**
     * Opens the broker: the Dhan broker of the environment's account when {@code live}, else the paper broker over
     * {@code market} on its session clock.
     *
     * @throws LiveUnavailable when live and the account is not usable
     */
    static Broker open(boolean live, Map<String, String> environment, Paper paper) {
        if (!live) {
            return paper(
                    paper.market(),
                    paper.jdbi(),
                    paper.session(),
                    paper.ignoreMarketHours(),
                    openingDeposit(environment));
        }
        requireLive(environment);
        DhanAccount account = new DhanAccount(environment);
        ScripMaster scripMaster = account.scripMaster().orElseThrow();
        FreezeLimits limits =
                FreezeLimits.standardWith(OptionsV4Home.resolve(environment).resolve(FREEZE_FILE));
        return new FreezeSlicingBroker(account.broker(scripMaster), limits::maxQuantity, paper.session());
    }

    /** The trader's own freeze quantities in {@code $OPTIONS_V4_HOME} (rows override the shipped ones). */
    static final String FREEZE_FILE = "freeze_quantities.csv";

    /** Closes the Dhan broker under {@code broker}, if any (its order-update stream). */
    static void close(Broker broker) {
        Broker inner = broker instanceof FreezeSlicingBroker slicer ? slicer.inner() : broker;
        if (inner instanceof DhanBroker dhan) {
            dhan.close();
        }
    }

    /** What the paper broker is built from. */
    record Paper(MarketData market, Jdbi jdbi, Clock session, boolean ignoreMarketHours) {}

    /**
     * The cash a new paper account starts with: the configured total capital ({@code analysis.capital.total_capital}
     * of {@code $OPTIONS_V4_HOME/options-v4.yaml}, else the default), the capital {@code allocate} and {@code daily}
     * allocate, so that what is allocated is what the account can carry. An existing account keeps its own cash.
     */
    static Money openingDeposit(Map<String, String> environment) {
        double rupees = AnalysisConfig.load(
                        Optional.of(OptionsV4Home.resolve(environment).resolve(AnalysisConfig.FILE_NAME)))
                .capital()
                .totalCapital();
        return Money.ofPaise(Math.round(rupees * 100));
    }

    /**
     * Returns the paper broker over {@code market} on the default account, its session clock {@code clock}, a new
     * account opened with {@code deposit}.
     */
    static PaperBroker paper(MarketData market, Jdbi jdbi, Clock clock, boolean ignoreMarketHours, Money deposit) {
        PaperSettings settings = PaperSettings.DEFAULT
                .withOpeningDeposit(deposit)
                .withIgnoreMarketHours(ignoreMarketHours)
                .withTradingDays(new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay));
        return new PaperBroker(market, new JdbiPaperAccountStore(jdbi), clock, settings);
    }

    /** Returns the broker in words, for every output: which broker, and whether money is real. */
    static String describe(Broker broker) {
        if (broker instanceof PaperBroker paper) {
            return "paper broker (account '" + paper.settings().account() + "': simulated fills, no real money)";
        }
        if (broker instanceof FreezeSlicingBroker slicer) {
            return describe(slicer.inner()) + ", orders above NSE's freeze quantity sliced";
        }
        if (broker instanceof DhanBroker dhan) {
            return "Dhan broker at " + dhan.baseUrl()
                    + (dhan.live() ? " (LIVE: real money)" : " (not Dhan's production API: no real money)");
        }
        return broker.name() + (broker.live() ? " (LIVE: real money)" : "");
    }
}
