package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The text output of {@code options-v4 payoff}: the legs with their book and executable price, a P&amp;L table at
 * expiry (executable prices), the figures gross, at executable prices and net of costs, the costs and the margin.
 */
final class PayoffTable {

    /** Standard deviations of the log-price at which the table shows the P&amp;L, besides strikes and breakevens. */
    private static final double[] SIGMAS = {-2, -1, 0, 1, 2};

    private PayoffTable() {}

    /** Prints the table of {@code report}. */
    /** Prints the report, the P&amp;L column in green (profit) and red (loss) when {@code screen} has colour. */
    static void print(PrintWriter out, PayoffReport report, Screen screen) {
        PayoffCommand.Position position = report.position();
        StrategyFigures figures = report.executable();
        ProbabilityModel model = position.model();
        out.println(position.title());
        out.printf(
                Locale.ROOT,
                "  spot %s, volatility %s%%, rate %s%%, dividend %s%%,%n  %s days to expiry, lot size %d%n",
                RupeeFormat.grouped(model.spot(), 2),
                String.format(Locale.ROOT, "%.2f", model.annualVol() * 100),
                plain(model.rate() * 100),
                plain(model.dividendYield() * 100),
                plain(model.yearsToExpiry() * PayoffRequest.DAYS_PER_YEAR),
                position.lotSize());
        out.println();
        out.println("Legs");
        for (PayoffPricing.PricedLeg leg : report.legs()) {
            out.println("  " + describe(leg.gross(), position.lotSize()) + book(leg));
        }
        out.println();
        out.println("P&L at expiry (whole position, executable prices)");
        out.printf(Locale.ROOT, "  %14s  %18s%n", "underlying", "P&L");
        for (double price : prices(position, figures)) {
            double pnl = TwoExpiryAnalyzer.valueAtFirstExpiry(
                    report.executableLegs(), price, model, position.laterVolatility());
            String text = String.format(Locale.ROOT, "%18s", Rupees.of(pnl));
            out.printf(Locale.ROOT, "  %14s  %s%n", RupeeFormat.grouped(price, 2), screen.signed(pnl, text));
        }
        out.println();
        PayoffEconomics e = report.economics();
        StrategyFigures gross = report.gross();
        out.printf(Locale.ROOT, "  %-22s %15s %15s %15s%n", "", "gross", "executable", "net of costs");
        row(
                out,
                "Max profit",
                amount(gross.maxProfit()),
                amount(figures.maxProfit()),
                amount(e.net().maxProfit()));
        row(
                out,
                "Max loss",
                amount(gross.maxLoss()),
                amount(figures.maxLoss()),
                amount(e.net().maxLoss()));
        row(
                out,
                "Expected value",
                Rupees.of(gross.expectedValue()),
                Rupees.of(figures.expectedValue()),
                Rupees.of(e.net().expectedValue()));
        row(
                out,
                "Probability of profit",
                percent(gross.probabilityOfProfit()),
                percent(figures.probabilityOfProfit()),
                "");
        out.printf(Locale.ROOT, "  %-22s %s (gross %s)%n", "Breakevens", breakevens(figures), breakevens(gross));
        out.println();
        PayoffCosts.print(out, report);
    }

    private static void row(PrintWriter out, String label, String gross, String executable, String net) {
        out.printf(Locale.ROOT, "  %-22s %15s %15s %15s%n", label, gross, executable, net);
    }

    private static String percent(double probability) {
        return String.format(Locale.ROOT, "%.2f%%", probability * 100);
    }

    private static String book(PayoffPricing.PricedLeg leg) {
        if (!(leg.executable() instanceof OptionLeg o)
                || leg.source() == io.optionsv4.core.costs.PriceSource.REFERENCE) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "  bid %s ask %s -> %s%s",
                RupeeFormat.grouped(leg.bid(), 2),
                RupeeFormat.grouped(leg.ask(), 2),
                RupeeFormat.grouped(o.premiumPerUnit(), 2),
                leg.source() == io.optionsv4.core.costs.PriceSource.MODEL ? " (model)" : "");
    }

    private static TreeSet<Double> prices(PayoffCommand.Position position, StrategyFigures figures) {
        ProbabilityModel model = position.model();
        TreeSet<Double> prices = new TreeSet<>();
        double sd = model.annualVol() * Math.sqrt(model.yearsToExpiry());
        for (double k : SIGMAS) {
            prices.add(round(model.spot() * Math.exp(k * sd)));
        }
        for (Leg leg : position.legs()) {
            if (leg instanceof OptionLeg o) {
                prices.add(o.strike());
            }
        }
        prices.addAll(figures.breakevens());
        double low = prices.first();
        double high = prices.last();
        double pad = Math.max((high - low) * 0.1, model.spot() * 0.02);
        prices.add(round(Math.max(low - pad, 0)));
        prices.add(round(high + pad));
        return prices;
    }

    private static double round(double price) {
        return Math.round(price * 100.0) / 100.0;
    }

    private static String describe(Leg leg, int lotSize) {
        return switch (leg) {
            case OptionLeg o ->
                String.format(
                        Locale.ROOT,
                        "%-4s %d x %s %s @ %s%s",
                        o.side().name(),
                        Math.abs(o.quantity()) / lotSize,
                        o.right().name(),
                        RupeeFormat.grouped(o.strike(), 2),
                        RupeeFormat.grouped(o.premiumPerUnit(), 2),
                        o.expiresFirst()
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "  (expires %s days later)",
                                        plain(o.yearsAfterFirstExpiry() * 365)));
            case UnderlyingLeg u ->
                String.format(
                        Locale.ROOT,
                        "%-4s %d x STOCK @ %s",
                        u.quantity() > 0 ? "BUY" : "SELL",
                        Math.abs(u.quantity()) / lotSize,
                        RupeeFormat.grouped(u.entryPrice(), 2));
        };
    }

    private static String amount(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> Rupees.of(f.rupees());
            case Amount.Unlimited u -> "unlimited";
        };
    }

    private static String breakevens(StrategyFigures figures) {
        if (figures.breakevens().isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (double b : figures.breakevens()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(RupeeFormat.grouped(b, 2));
        }
        return sb.toString();
    }

    private static String plain(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
