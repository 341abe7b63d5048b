package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The composition root's choice of broker for {@code execute}: the paper broker unless Dhan credentials are in the
 * environment AND {@code --live} AND {@code --confirm} are given. Live trading refuses to start when any of the three
 * is missing, and when this build has no Dhan broker adapter; it never falls back to paper silently.
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
     * Refuses {@code --live} unless it can really trade live.
     *
     * @throws picocli.CommandLine.ParameterException (by the caller) when {@code --confirm} is missing
     * @throws LiveUnavailable when the credentials are missing or this build has no Dhan broker
     */
    static void requireLive(Map<String, String> environment) {
        String clientId = environment.getOrDefault(MarketDataFactory.DHAN_CLIENT_ID, "");
        String token = environment.getOrDefault(MarketDataFactory.DHAN_ACCESS_TOKEN, "");
        if (clientId.isBlank() || token.isBlank()) {
            throw new LiveUnavailable("--live needs Dhan credentials in the environment: set "
                    + MarketDataFactory.DHAN_CLIENT_ID + " and " + MarketDataFactory.DHAN_ACCESS_TOKEN
                    + "; nothing was sent");
        }
        throw new LiveUnavailable("the Dhan broker is not available in this build (the order adapter of issue 15 is"
                + " not merged yet), so live trading is impossible; nothing was sent. Run without --live to trade on"
                + " the paper broker");
    }

    /**
     * Checks {@code --live} for {@code command}: when live trading is impossible, prints why on {@code err} and returns
     * true (the caller exits {@link RootCommand#EXIT_UNAVAILABLE} having sent nothing); false when {@code live} is off.
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

    /** Returns the paper broker over {@code market} on the default account, its session clock {@code clock}. */
    static PaperBroker paper(MarketData market, Jdbi jdbi, Clock clock, boolean ignoreMarketHours) {
        PaperSettings settings = PaperSettings.DEFAULT
                .withIgnoreMarketHours(ignoreMarketHours)
                .withTradingDays(new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay));
        return new PaperBroker(market, new JdbiPaperAccountStore(jdbi), clock, settings);
    }

    /** Returns the broker in words, for every output: which broker, and whether money is real. */
    static String describe(Broker broker) {
        if (broker instanceof PaperBroker paper) {
            return "paper broker (account '" + paper.settings().account() + "': simulated fills, no real money)";
        }
        return broker.name() + (broker.live() ? " (LIVE: real money)" : "");
    }
}
