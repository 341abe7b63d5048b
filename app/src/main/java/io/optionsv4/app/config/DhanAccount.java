package io.optionsv4.app.config;

import io.optionsv4.dhan.broker.DhanBroker;
import io.optionsv4.dhan.broker.DhanBrokerSettings;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.RateBudget;
import io.optionsv4.dhan.scrip.ScripMaster;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The Dhan account the environment names: the credentials ({@code DHAN_CLIENT_ID}, {@code DHAN_ACCESS_TOKEN}), the
 * REST base URL ({@code DHAN_BASE_URL}, default {@code https://api.dhan.co/v2}), the order-update WebSocket
 * ({@code DHAN_ORDER_UPDATES_URL}, default {@code wss://api-order-update.dhan.co}), the feed
 * ({@code DHAN_FEED_URL}, default {@code wss://api-feed.dhan.co}) and the scrip master imported into
 * {@code $OPTIONS_V4_HOME}. The overrides point the adapters at a sandbox or at a local fake server (the tests).
 * Secrets are never part of a message.
 */
public final class DhanAccount {

    /** Environment variable overriding Dhan's order-update WebSocket. */
    public static final String DHAN_ORDER_UPDATES_URL = "DHAN_ORDER_UPDATES_URL";

    /** Environment variable overriding Dhan's live market feed WebSocket. */
    public static final String DHAN_FEED_URL = "DHAN_FEED_URL";

    private final Map<String, String> environment;

    /** Creates the account of {@code environment}. */
    public DhanAccount(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Returns true when both credentials are set. */
    public boolean hasCredentials() {
        return !value(MarketDataFactory.DHAN_CLIENT_ID).isBlank()
                && !value(MarketDataFactory.DHAN_ACCESS_TOKEN).isBlank();
    }

    /**
     * Returns the REST configuration: credentials, base URL and the rate budget shared by every process of this home.
     *
     * @throws IllegalStateException when a credential is missing (check {@link #hasCredentials()} first)
     */
    public DhanConfig config() {
        if (!hasCredentials()) {
            throw new IllegalStateException("Dhan credentials missing: set " + MarketDataFactory.DHAN_CLIENT_ID
                    + " and " + MarketDataFactory.DHAN_ACCESS_TOKEN);
        }
        DhanConfig config = DhanConfig.of(
                        value(MarketDataFactory.DHAN_CLIENT_ID), value(MarketDataFactory.DHAN_ACCESS_TOKEN))
                .withRateBudget(RateBudget.shared(
                        OptionsV4Home.resolve(environment).resolve(MarketDataFactory.DHAN_RATE_BUDGET_DIRECTORY)));
        return url(MarketDataFactory.DHAN_BASE_URL).map(config::withBaseUrl).orElse(config);
    }

    /** Returns the scrip master file of this home ({@code options-v4 data import-scrip-master} writes it). */
    public Path scripMasterFile() {
        return OptionsV4Home.resolve(environment).resolve(OptionsV4Home.SCRIP_MASTER);
    }

    /** Returns the imported scrip master, or empty when none was imported. */
    public Optional<ScripMaster> scripMaster() {
        Path file = scripMasterFile();
        return Files.isRegularFile(file) ? Optional.of(ScripMaster.load(file).scripMaster()) : Optional.empty();
    }

    /** Returns the broker settings: Dhan's defaults with the order-update WebSocket of the environment. */
    public DhanBrokerSettings brokerSettings() {
        return url(DHAN_ORDER_UPDATES_URL)
                .map(DhanBrokerSettings.DEFAULT::withOrderUpdates)
                .orElse(DhanBrokerSettings.DEFAULT);
    }

    /** Returns the live market feed's URL override, or empty for Dhan's. */
    public Optional<URI> feedUrl() {
        return url(DHAN_FEED_URL);
    }

    /** Opens the Dhan broker of this account (it follows the order updates until closed). */
    public DhanBroker broker(ScripMaster scripMaster) {
        return new DhanBroker(config(), scripMaster, brokerSettings());
    }

    private Optional<URI> url(String variable) {
        String v = value(variable);
        return v.isBlank() ? Optional.empty() : Optional.of(URI.create(v.trim()));
    }

    private String value(String variable) {
        return environment.getOrDefault(variable, "");
    }
}
