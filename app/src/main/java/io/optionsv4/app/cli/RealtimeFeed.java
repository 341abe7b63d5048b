package io.optionsv4.app.cli;

import io.optionsv4.app.config.DhanAccount;
import io.optionsv4.core.market.MarketFeed;
import io.optionsv4.dhan.feed.DhanFeedSettings;
import io.optionsv4.dhan.feed.DhanMarketFeed;
import io.optionsv4.dhan.rest.DhanMarketData;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.marketdata.sim.SimulatedMarketFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The streaming feed {@code monitor realtime} runs on, chosen by the market data: the simulated market's intraday feed
 * (published on the monitor's heartbeat), or Dhan's live market feed WebSocket for {@code --data dhan} (reconnecting
 * with back-off and resubscribing on its own thread; the monitor reads quotes over REST while it is stalled).
 *
 * @param feed the feed the monitor subscribes to
 * @param pump called on every heartbeat (the simulated feed publishes the ticks that are due; nothing for Dhan)
 * @param restFallback true when the monitor should read quotes over REST while the feed is stalled
 * @param description the feed in words, for the output
 * @param closer closes the feed's connection
 */
record RealtimeFeed(MarketFeed feed, Runnable pump, boolean restFallback, String description, Runnable closer)
        implements AutoCloseable {

    /**
     * Opens the feed of {@code desk}'s market data, or empty when it has none (a replay of end-of-day files).
     *
     * @param problems receives the feed's reconnects, disconnects and malformed frames
     */
    static Optional<RealtimeFeed> open(
            TradingDesk desk, Map<String, String> environment, Clock clock, Consumer<String> problems) {
        if (desk.opened().marketData() instanceof SimulatedMarketData sim) {
            SimulatedMarketFeed feed = new SimulatedMarketFeed(sim, desk.session(), Duration.ofSeconds(1));
            return Optional.of(
                    new RealtimeFeed(feed, feed::publishDue, false, "the simulated market's intraday feed", () -> {}));
        }
        if (desk.opened().marketData() instanceof DhanMarketData) {
            DhanAccount account = new DhanAccount(environment);
            ScripMaster scripMaster = account.scripMaster()
                    .orElseThrow(() -> new ExecutionBroker.LiveUnavailable(
                            "Dhan's feed needs the scrip master at " + account.scripMasterFile()));
            DhanFeedSettings settings =
                    account.feedUrl().map(DhanFeedSettings.DEFAULT::withUrl).orElse(DhanFeedSettings.DEFAULT);
            DhanMarketFeed feed = new DhanMarketFeed(account.config(), scripMaster, settings, problems, clock);
            return Optional.of(new RealtimeFeed(
                    feed, () -> {}, true, "Dhan's live market feed at " + settings.url(), feed::close));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        closer.run();
    }
}
