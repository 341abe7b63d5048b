package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.FillDifference;
import io.optionsv4.core.portfolio.PriceFix;
import io.optionsv4.core.portfolio.Reconciliation;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.engine.portfolio.FillReconciliationService;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiFillStore;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 data update-trade-prices [--fix] [--paper-account NAME] [--json]}: reconciles the stored fills
 * ({@code orders}, {@code trades}) with the broker's trade book of the session ({@link FillReconciliationService})
 * and reports every difference: a fill missing on either side, a quantity or price that differs, a zero price. On
 * consistent books it finds none and says so. {@code --fix} replaces each stored price the broker's trades settle,
 * with an {@code audit_log} entry per change, and reports what remains. The broker is the paper broker of the default
 * account over the chosen market data; its session is the market data's as-of day (today by default), as {@code
 * execute} runs it. Exit 0 when nothing differs (after fixing), 1 when differences remain, 3 when
 * the broker or the database is unavailable.
 */
@Command(
        name = "update-trade-prices",
        mixinStandardHelpOptions = true,
        description = "Reconciles stored fills with the broker's trade book; --fix applies the broker's prices.")
public final class UpdateTradePricesCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private static final String ACTOR = "data update-trade-prices --fix";

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(names = "--fix", description = "Replace stored prices with the broker's (audited), then report the rest.")
    private boolean fix;

    @Option(
            names = "--paper-account",
            paramLabel = "NAME",
            description = "The paper broker's account (default: " + PaperSettings.DEFAULT_ACCOUNT + ").")
    private String account = PaperSettings.DEFAULT_ACCOUNT;

    @Option(names = "--json", description = "Print the JSON document instead of the text.")
    private boolean json;

    /** Creates the command with the market data and database factories and the clock (today, the paper fills). */
    public UpdateTradePricesCommand(MarketDataFactory marketDataFactory, StoreFactory storeFactory, Clock clock) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PaperSettings settings = PaperSettings.DEFAULT.withAccount(account);
        MarketDataFactory.Opened opened =
                marketDataFactory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        // The paper session is the market data's day, as execute runs it: recorded data shifts the session's clock.
        LocalDate today = opened.asOf();
        long shift = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(StrategyOutcome.INDIA)), today);
        Clock session = shift == 0 ? clock : Clock.offset(clock, Duration.ofDays(shift));
        try (Database database = storeFactory.open()) {
            Broker broker =
                    new PaperBroker(opened.marketData(), new JdbiPaperAccountStore(database.jdbi()), session, settings);
            FillReconciliationService service =
                    new FillReconciliationService(new JdbiFillStore(database.jdbi()), broker);
            Reconciliation first = service.reconcile(today);
            List<PriceFix> fixed = fix ? service.fix(first, ACTOR) : List.of();
            Reconciliation last = fixed.isEmpty() ? first : service.reconcile(today);
            String brokerName = broker.name() + " (account " + account + ")";
            if (json) {
                spec.commandLine()
                        .getOut()
                        .println(Json.MAPPER
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(document(brokerName, first, fixed, last)));
            } else {
                text(brokerName, first, fixed, last);
            }
            return last.consistent() ? 0 : 1;
        } catch (BrokerException e) {
            spec.commandLine()
                    .getErr()
                    .println("options-v4 data update-trade-prices: the broker failed: " + e.getMessage());
            return e.kind() == BrokerException.Kind.REJECTED || e.kind() == BrokerException.Kind.INVALID
                    ? 1
                    : RootCommand.EXIT_UNAVAILABLE;
        }
    }

    private void text(String broker, Reconciliation first, List<PriceFix> fixed, Reconciliation last) {
        PrintWriter out = spec.commandLine().getOut();
        Screen screen = RootCommand.screen(spec);
        out.println(screen.bold("Stored fills against the " + broker + " trade book of " + first.day()));
        out.println("Compared " + first.ordersCompared() + " stored orders with " + first.brokerTrades()
                + " broker trades"
                + (first.foreignTrades() > 0
                        ? " (" + first.foreignTrades() + " trades not placed by options-v4 left alone)"
                        : "")
                + ".");
        if (!fixed.isEmpty()) {
            out.println("Fixed " + fixed.size() + " price" + (fixed.size() == 1 ? "" : "s")
                    + " with the broker's (audit_log: FILL_PRICE_CORRECTED):");
            for (PriceFix f : fixed) {
                screen.wrap(
                                "  " + f.correlationId() + " " + target(f) + ": "
                                        + f.storedPrice().map(m -> "₹" + m).orElse("none") + " → ₹"
                                        + f.brokerPrice(),
                                4)
                        .forEach(out::println);
            }
        }
        if (last.consistent()) {
            out.println(screen.green("No differences: the stored fills agree with the broker's trade book."));
            return;
        }
        out.println(screen.yellow(last.differences().size() + " difference"
                + (last.differences().size() == 1 ? "" : "s") + (fixed.isEmpty() ? ":" : " remain:")));
        for (FillDifference d : last.differences()) {
            String line = "  " + d.kind() + "  " + d.correlationId() + "  " + d.contract() + ": " + d.detail()
                    + (d.fix().isPresent() ? " [fixable]" : "");
            screen.wrap(line, 4).forEach(out::println);
        }
        if (!last.fixable().isEmpty()) {
            out.println("Run with --fix to apply the broker's prices ("
                    + last.fixable().size() + " fixable).");
        }
    }

    private static String target(PriceFix f) {
        return switch (f.target()) {
            case ORDER -> "order " + f.rowId() + " average price";
            case TRADE_ENTRY -> "trade " + f.rowId() + " entry price";
            case TRADE_EXIT -> "trade " + f.rowId() + " exit price";
        };
    }

    /**
     * The {@code --json} document ({@code docs/schema/update-trade-prices.schema.json}).
     *
     * @param differencesFound the differences before fixing
     * @param fixed the prices replaced by {@code --fix}
     * @param differences the differences that remain
     */
    record Document(
            String generatedAt,
            String broker,
            String day,
            int ordersCompared,
            int brokerTrades,
            int foreignTrades,
            List<Difference> differencesFound,
            List<Fix> fixed,
            List<Difference> differences,
            boolean consistent) {}

    /** A stored price replaced by the broker's; {@code stored_price} is null when none was stored. */
    record Fix(String target, long rowId, String correlationId, BigDecimal storedPrice, BigDecimal brokerPrice) {}

    /** A difference between the stored fills and the broker's trade book. */
    record Difference(String kind, String correlationId, String contract, String detail, boolean fixable) {}

    private Document document(String broker, Reconciliation first, List<PriceFix> fixed, Reconciliation last) {
        return new Document(
                clock.instant().toString(),
                broker,
                first.day().toString(),
                first.ordersCompared(),
                first.brokerTrades(),
                first.foreignTrades(),
                differences(first),
                fixed.stream()
                        .map(f -> new Fix(
                                f.target().name(),
                                f.rowId(),
                                f.correlationId(),
                                f.storedPrice()
                                        .map(UpdateTradePricesCommand::rupees)
                                        .orElse(null),
                                rupees(f.brokerPrice())))
                        .toList(),
                differences(last),
                last.consistent());
    }

    private static List<Difference> differences(Reconciliation r) {
        return r.differences().stream()
                .map(d -> new Difference(
                        d.kind().name(),
                        d.correlationId(),
                        d.contract(),
                        d.detail(),
                        d.fix().isPresent()))
                .toList();
    }

    private static BigDecimal rupees(Money amount) {
        return BigDecimal.valueOf(amount.paise(), 2);
    }
}
