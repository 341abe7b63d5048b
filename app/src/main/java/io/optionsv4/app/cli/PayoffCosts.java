package io.optionsv4.app.cli;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/** The costs, margin and return on capital part of {@code payoff}'s text output. */
final class PayoffCosts {

    private PayoffCosts() {}

    /** Prints the costs, margin and return on capital of {@code report}. */
    static void print(PrintWriter out, PayoffReport report) {
        PayoffEconomics e = report.economics();
        out.printf(Locale.ROOT, "Costs (NSE rates of %s, Dhan brokerage; expiry %s)%n", e.tradeDate(), e.expiry());
        Charges entry = e.atTarget().closed().entry().charges();
        line(out, "Entry", RupeeFormat.format(entry.total().rupees()) + breakdown(entry));
        line(
                out,
                "Round trip at target",
                RupeeFormat.format(e.atTarget().cheaper().total().rupees()) + " (underlying "
                        + RupeeFormat.grouped(e.atTarget().spot(), 2) + how(e.atTarget()) + ")");
        line(
                out,
                "Round trip at max loss",
                RupeeFormat.format(e.atLoss().cheaper().total().rupees()) + " (underlying "
                        + RupeeFormat.grouped(e.atLoss().spot(), 2) + how(e.atLoss()) + ")");
        out.println();
        MarginRequirement m = e.margin();
        out.println("Margin (local SPAN-like model, docs/margin.md)");
        line(
                out,
                "SPAN + exposure",
                RupeeFormat.format(m.span().rupees()) + " + "
                        + RupeeFormat.format(m.exposure().rupees()));
        line(out, "Capital required", RupeeFormat.format(m.capitalRequired().rupees()));
        line(
                out,
                "Return on capital",
                roc(e.returnOnCapital(e.net().maxProfit()), e.net().maxProfit())
                        + " at net max profit, "
                        + roc(e.returnOnCapital(new Amount.Finite(e.net().expectedValue())), null)
                        + " at net expected value");
    }

    private static String how(io.optionsv4.core.costs.ExitCosts exit) {
        return exit.cheaper() == exit.closed() ? ", closed by orders" : ", held to expiry";
    }

    private static String breakdown(Charges c) {
        return String.format(
                Locale.ROOT,
                " (brokerage %s, STT %s, exchange %s, SEBI %s, stamp %s, IPFT %s, GST %s)",
                RupeeFormat.format(c.brokerage().rupees()),
                RupeeFormat.format(c.stt().rupees()),
                RupeeFormat.format(c.exchange().rupees()),
                RupeeFormat.format(c.sebi().rupees()),
                RupeeFormat.format(c.stampDuty().rupees()),
                RupeeFormat.format(c.ipft().rupees()),
                RupeeFormat.format(c.gst().rupees()));
    }

    private static String roc(Optional<Double> value, Amount amount) {
        if (value.isPresent()) {
            return String.format(Locale.ROOT, "%.2f%%", value.get() * 100);
        }
        return amount instanceof Amount.Unlimited ? "unlimited" : "n/a";
    }

    private static void line(PrintWriter out, String label, String text) {
        Screen.plain()
                .wrap(String.format(Locale.ROOT, "  %-22s %s", label, text), 25)
                .forEach(out::println);
    }
}
