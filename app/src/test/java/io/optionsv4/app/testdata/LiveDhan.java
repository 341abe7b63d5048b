package io.optionsv4.app.testdata;

import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeAccount;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.ScripMasters;
import io.optionsv4.store.DbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A live trading set-up against the fake Dhan server: the server on a clock that runs in real time from the Dhan
 * fixtures' scenario (Wednesday 15 January 2025, 10:31:17 IST, NIFTY options of 30 January 2025, lot 75), its order
 * updates WebSocket, the scenario's scrip master imported into {@code home}, and the environment that points
 * {@code options-v4} at it ({@code DHAN_BASE_URL}, {@code DHAN_ORDER_UPDATES_URL}, the fake's credentials). Close it.
 */
public final class LiveDhan implements AutoCloseable {

    /** The scenario's expiry. */
    public static final LocalDate EXPIRY = DhanScenario.EXPIRY;

    private final Clock clock;
    private final FakeDhanServer server;
    private final Path home;

    /** Starts the fake server for {@code home} (the scrip master is copied there). */
    public LiveDhan(Path home) {
        this.home = home;
        this.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DhanScenario.NOW));
        this.server = FakeDhanServer.start(
                clock, FakeDhanServer.Settings.DEFAULT.withAccount(FakeAccount.Settings.DEFAULT.withSodLimit(1e7)));
        server.account().bookCharges();
        String resource = "/io/optionsv4/dhan/scrip/" + ScripMasters.FIXTURE_2025;
        try (InputStream in = ScripMasters.class.getResourceAsStream(resource)) {
            Files.createDirectories(home);
            Files.copy(in, home.resolve("scrip-master.csv"), StandardCopyOption.REPLACE_EXISTING);
            // the shipped freeze table starts in July 2025: the scenario's day needs the trader's own row
            Files.writeString(
                    home.resolve("freeze_quantities.csv"),
                    "symbol,effective_from,effective_to,max_order_quantity,source\n"
                            + "NIFTY,2025-01-01,2025-01-31,1800,test: the fake Dhan server's NIFTY freeze limit\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the clock of the scenario, running in real time (the commands' "now"). */
    public Clock clock() {
        return clock;
    }

    /** Returns the fake server. */
    public FakeDhanServer server() {
        return server;
    }

    /** Returns the environment of a live run against the fake server. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put(DbConfig.HOME_VARIABLE, home.toString());
        env.put("DHAN_CLIENT_ID", FakeDhanServer.CLIENT_ID);
        env.put("DHAN_ACCESS_TOKEN", FakeDhanServer.ACCESS_TOKEN);
        env.put("DHAN_BASE_URL", server.baseUrl().toString());
        env.put("DHAN_ORDER_UPDATES_URL", server.orderUpdates().url().toString());
        return env;
    }

    /**
     * Stores a NIFTY iron butterfly of the scenario's chain (long 23150 put, short 23200 put, short 23200 call, long
     * 23250 call; premiums at the chain's mids), marked with {@code lots}, and returns its id.
     */
    public static long storeIronButterfly(Jdbi jdbi, int lots) {
        record Leg(String side, String right, double strike, double premium) {}
        List<Leg> legs = List.of(
                new Leg("BUY", "PUT", 23_150, 49.6),
                new Leg("SELL", "PUT", 23_200, 69.25),
                new Leg("SELL", "CALL", 23_200, 91.1),
                new Leg("BUY", "CALL", 23_250, 66.35));
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key, spot_price,"
                            + " total_score, conviction, rank_in_symbol, net_max_loss_paise) VALUES ('NIFTY', :day,"
                            + " 'Iron Butterfly', :key, 23215.6, 0.7, 'HIGH', 1, 1500000)")
                    .bind("day", DhanScenario.TODAY)
                    .bind("key", "live iron butterfly " + System.nanoTime())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (int i = 0; i < legs.size(); i++) {
                Leg l = legs.get(i);
                h.createUpdate("INSERT INTO strategy_details (strategy_id, leg_index, side, option_type, strike_price,"
                                + " expiry_date, lots, premium_per_unit, implied_volatility, delta, gamma, vega, theta,"
                                + " rho) VALUES (:id, :leg, :side, :right, :strike, :expiry, 1, :premium, 0.15, 0.5,"
                                + " 0.001, 10, -5, 1)")
                        .bind("id", id)
                        .bind("leg", i)
                        .bind("side", l.side())
                        .bind("right", l.right())
                        .bind("strike", l.strike())
                        .bind("expiry", EXPIRY)
                        .bind("premium", l.premium())
                        .execute();
            }
            h.createUpdate("INSERT INTO strategy_execution_status (strategy_id, status, lots) VALUES (:id, 'MARKED',"
                            + " :lots)")
                    .bind("id", id)
                    .bind("lots", lots)
                    .execute();
            return id;
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
