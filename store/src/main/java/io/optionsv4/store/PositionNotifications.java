package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for changes of traded legs (migration V10: a trigger on {@code trades} notifies the channel {@value
 * #CHANNEL} with the strategy id) and hands each strategy id to a consumer on its own daemon thread. A lost connection
 * is reported to the error consumer and re-opened after a pause; what changed meanwhile is found by the monitor's
 * periodic re-read, not here.
 */
public final class PositionNotifications implements AutoCloseable {

    /** The notification channel. */
    public static final String CHANNEL = "options_v4_positions";

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final LongConsumer onChange;
    private final Consumer<String> onError;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    private PositionNotifications(DataSource dataSource, LongConsumer onChange, Consumer<String> onError) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.onError = onError;
        this.thread = Thread.ofPlatform()
                .daemon()
                .name("options-v4-position-notifications")
                .unstarted(this::run);
    }

    /**
     * Starts listening.
     *
     * @param dataSource the database
     * @param onChange receives the id of each strategy whose traded legs changed
     * @param onError receives a sentence for each connection problem
     */
    public static PositionNotifications start(DataSource dataSource, LongConsumer onChange, Consumer<String> onError) {
        PositionNotifications notifications = new PositionNotifications(
                Checks.notNull(dataSource, "dataSource"),
                Checks.notNull(onChange, "onChange"),
                Checks.notNull(onError, "onError"));
        notifications.thread.start();
        return notifications;
    }

    /** Returns true while the LISTEN connection is open. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    PGNotification[] received = pg.getNotifications((int) POLL.toMillis());
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification notification : received) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    onError.accept("position notifications interrupted (" + e.getMessage() + "); retrying in "
                            + RETRY.toSeconds() + " s, the periodic re-read covers the gap");
                    pause();
                }
            }
        }
        listening = false;
    }

    private void deliver(String payload) {
        long strategyId;
        try {
            strategyId = Long.parseLong(payload.strip());
        } catch (NumberFormatException e) {
            onError.accept("ignored a notification on " + CHANNEL + " with payload '" + payload + "'");
            return;
        }
        onChange.accept(strategyId);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(POLL.multipliedBy(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
