package io.optionsv4.app.cli;

import io.optionsv4.app.config.DataSource;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.engine.execution.ChainLegQuotes;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionPorts;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.execution.Pacer;
import io.optionsv4.engine.monitor.DecisionListener;
import io.optionsv4.engine.monitor.ExecutionExits;
import io.optionsv4.engine.monitor.ExitJournal;
import io.optionsv4.engine.monitor.LiveBook;
import io.optionsv4.engine.monitor.MonitorSettings;
import io.optionsv4.engine.monitor.OpenStrategies;
import io.optionsv4.engine.paper.MarketQuotes;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiExecutionStore;
import io.optionsv4.store.JdbiExitIntentStore;
import io.optionsv4.store.JdbiHeldPositionStore;
import io.optionsv4.store.JdbiPeakPnlStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root shared by the commands that trade ({@code execute}, {@code monitor}, {@code close}): the market
 * data, the database, the paper broker on its session clock, the execution service and the stores, and the monitor's
 * parts over them. On recorded data (an as-of date other than today) the paper broker trades in that day's session:
 * its clock is moved to that date. With {@code live} the broker is Dhan's ({@link ExecutionBroker}); live trading is
 * refused on any other day than today. Close it to close the broker and the database.
 */
final class TradingDesk implements AutoCloseable {

    private final MarketDataFactory.Opened opened;
    private final Database database;
    private final Clock session;
    private final Broker broker;
    private final ExecutionService service;
    private final String data;
    private final Path home;

    private TradingDesk(MarketDataFactory.Opened opened, Database database, Clock session, Broker broker, Parts parts) {
        this.opened = opened;
        this.database = database;
        this.session = session;
        this.broker = broker;
        this.service = parts.service();
        this.data = parts.data();
        this.home = parts.home();
    }

    private record Parts(ExecutionService service, String data, Path home) {}

    /**
     * What a command asks of the desk.
     *
     * @param live true: the Dhan broker of the environment's account ({@code --live --confirm}, checked by the
     *     command); false: the paper broker
     */
    record Request(
            String actor,
            MarketDataSettings settings,
            boolean ignoreMarketHours,
            Map<String, String> env,
            boolean live) {

        /** A request for the paper broker. */
        Request(String actor, MarketDataSettings settings, boolean ignoreMarketHours, Map<String, String> env) {
            this(actor, settings, ignoreMarketHours, env, false);
        }
    }

    /**
     * Opens the desk.
     *
     * @param marketDataFactory opens the market data
     * @param storeFactory opens the database
     * @param clock the real clock
     * @param request the actor (for the execution log), market data, the market-hours waiver and the environment
     */
    static TradingDesk open(
            MarketDataFactory marketDataFactory, StoreFactory storeFactory, Clock clock, Request request) {
        MarketDataFactory.Opened opened = marketDataFactory.open(request.settings());
        LocalDate today = LocalDate.ofInstant(clock.instant(), RunLog.INDIA);
        long shift = ChronoUnit.DAYS.between(today, opened.asOf());
        if (request.live() && shift != 0) {
            throw new ExecutionBroker.LiveUnavailable("--live trades today (" + today + "), not on the data of "
                    + opened.asOf() + ": drop --as-of; nothing was sent");
        }
        Clock session = shift == 0 ? clock : Clock.offset(clock, Duration.ofDays(shift));
        String data = opened.description() + ", as of " + opened.asOf()
                + (shift == 0 ? "" : " (recorded data: the paper session is " + opened.asOf() + ")");
        Path home = OptionsV4Home.resolve(request.env());
        Database database = storeFactory.open();
        Broker broker = null;
        try {
            broker = ExecutionBroker.open(
                    request.live(),
                    request.env(),
                    new ExecutionBroker.Paper(
                            opened.marketData(), database.jdbi(), session, request.ignoreMarketHours()));
            ReferenceData reference = ReferenceData.standard();
            ExecutionService service = new ExecutionService(
                    new ExecutionPorts(
                            broker,
                            new JdbiExecutionStore(database.jdbi()),
                            new ChainLegQuotes(
                                    opened.marketData(),
                                    reference,
                                    opened.asOf(),
                                    request.settings().source() != DataSource.REPLAY,
                                    session),
                            reference,
                            CostCalculator.nseDhan()),
                    ExecutionSettings.DEFAULT.withIgnoreMarketHours(request.ignoreMarketHours()),
                    new ExecutionLog(request.actor(), Optional.of(ExecutionLog.file(home)), clock),
                    session,
                    Pacer.REAL_TIME);
            return new TradingDesk(opened, database, session, broker, new Parts(service, data, home));
        } catch (RuntimeException e) {
            if (broker != null) {
                ExecutionBroker.close(broker);
            }
            database.close();
            throw e;
        }
    }

    MarketDataFactory.Opened opened() {
        return opened;
    }

    Database database() {
        return database;
    }

    /** Returns the paper session's clock (moved to the as-of date on recorded data). */
    Clock session() {
        return session;
    }

    Broker broker() {
        return broker;
    }

    ExecutionService service() {
        return service;
    }

    JdbiExecutionStore executionStore() {
        return new JdbiExecutionStore(database.jdbi());
    }

    JdbiHeldPositionStore books() {
        return new JdbiHeldPositionStore(database.jdbi());
    }

    /** Returns the store of each strategy's peak net P&amp;L (the trailing stop across restarts). */
    JdbiPeakPnlStore peaks() {
        return new JdbiPeakPnlStore(database.jdbi());
    }

    JdbiExitIntentStore intents() {
        return new JdbiExitIntentStore(database.jdbi());
    }

    /** Returns the broker in words, for every output. */
    String describe() {
        return ExecutionBroker.describe(broker);
    }

    /** Returns the market data in words. */
    String data() {
        return data;
    }

    Path home() {
        return home;
    }

    /** Returns the trading calendar's days. */
    static TradingDays tradingDays() {
        return new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay);
    }

    /** Returns the mapper from the books to the monitor's view. */
    OpenStrategies mapper(MonitorSettings settings) {
        ReferenceData reference = ReferenceData.standard();
        return new OpenStrategies(
                settings, tradingDays(), s -> reference.underlying(s).isIndex(), Optional.of(peaks()));
    }

    /** Returns a factory of live books with the standard exit rules and the cost stack of the paper broker. */
    java.util.function.Function<DecisionListener, LiveBook> liveBooks(MonitorSettings settings) {
        TradingDays days = tradingDays();
        return listener ->
                new LiveBook(CostCalculator.nseDhan(), days, ExitEvaluator.STANDARD, settings.rate(), listener);
    }

    /** Returns the polling quotes, priced as the paper broker fills, on the session clock. */
    MarketQuotes quotes() {
        PaperSettings paper = broker instanceof PaperBroker p ? p.settings() : PaperSettings.DEFAULT;
        return new MarketQuotes(opened.marketData(), session, paper.prices());
    }

    /** Returns the journal of exits, {@code logs/exit_executions.json}. */
    ExitJournal journal() {
        return new ExitJournal(home, session);
    }

    /** Returns the monitor's exit handler over this desk's execution service. */
    ExecutionExits exits(MonitorSettings settings) {
        return new ExecutionExits(service, intents(), books(), mapper(settings), journal());
    }

    @Override
    public void close() {
        try {
            ExecutionBroker.close(broker);
        } finally {
            database.close();
        }
    }
}
