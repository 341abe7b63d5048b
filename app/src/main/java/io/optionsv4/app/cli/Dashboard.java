package io.optionsv4.app.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The dashboard's screen as JLine attributed lines, laid out for {@code width} × {@code height} (80 × 24 at least in
 * mind): the header, the portfolio summary, one row per strategy (and its legs with {@code detailed}), the alerts by
 * urgency, cut to the height with a line saying how much is left out. Colour carries the meaning of {@link Screen}:
 * green a profit, red a loss or a HIGH alert, yellow a MEDIUM one; JLine turns the styles into the terminal's
 * sequences, and {@link AttributedString#toString()} is the plain text.
 */
final class Dashboard {

    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle GREEN = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle RED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle YELLOW = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();

    private Dashboard() {}

    /** Returns the lines of {@code doc}; at most {@code height} lines when {@code height > 0}. */
    static List<AttributedString> lines(DashboardJson.Document doc, int width, int height, boolean detailed) {
        List<AttributedString> head = new ArrayList<>();
        String time = RunLog.TIME.format(Instant.parse(doc.generatedAt()).atZone(RunLog.INDIA));
        int paren = doc.market().indexOf(" (");
        String market = paren < 0 ? doc.market() : doc.market().substring(0, paren);
        head.add(styled(fit("Options V4 monitor  " + time + " IST  " + market, width), BOLD));
        head.add(plain(fit("Broker: " + doc.broker(), width)));
        DashboardJson.Portfolio p = doc.portfolio();
        AttributedStringBuilder summary = new AttributedStringBuilder();
        summary.append(String.format(Locale.ROOT, "Portfolio: %d open, net P&L ", p.openStrategies()));
        summary.styled(signed(p.netPnl()), Rupees.of(p.netPnl()));
        summary.append(String.format(Locale.ROOT, ", %d up / %d down", p.winners(), p.losers()));
        head.add(summary.toAttributedString().columnSubSequence(0, width));
        DashboardJson.History h = doc.history();
        if (h.closed() == 0) {
            head.add(plain("Closed: none yet"));
        } else {
            AttributedStringBuilder closed = new AttributedStringBuilder();
            closed.append(String.format(
                    Locale.ROOT,
                    "Closed: %d, %d won / %d lost (win rate %.0f%%), realised net ",
                    h.closed(),
                    h.won(),
                    h.lost(),
                    h.winRate() * 100));
            closed.styled(signed(h.realisedNet()), Rupees.of(h.realisedNet()));
            head.add(closed.toAttributedString().columnSubSequence(0, width));
        }
        // On a line of its own, so that an 80-column terminal shows the Greeks whole.
        String greeks = String.format(Locale.ROOT, "Greeks: net delta %.1f, net vega %.1f", p.delta(), p.vega());
        head.add(plain(greeks.length() <= width ? greeks : greeks.substring(0, width)));
        head.add(plain(""));
        List<AttributedString> body = new ArrayList<>();
        body.add(styled(row("ID", "Symbol", "Strategy", "Net P&L", "DTE", "Exit status", width), BOLD));
        if (doc.strategies().isEmpty()) {
            body.add(plain("No open strategy (run 'options-v4 execute' or 'options-v4 daily')."));
        }
        for (DashboardJson.Strategy s : doc.strategies()) {
            String pnl = s.netPnl() == null ? "no quote" : Rupees.of(s.netPnl());
            AttributedString line = plain(row(
                    Long.toString(s.strategyId()),
                    s.symbol(),
                    s.strategyName(),
                    pnl,
                    Long.toString(s.daysToExpiry()),
                    s.exitStatus(),
                    width));
            body.add(s.netPnl() == null ? line : colourPnl(line, pnl, signed(s.netPnl())));
            if (detailed) {
                for (DashboardJson.Leg leg : s.legs()) {
                    body.add(styled(
                            fit(
                                    String.format(
                                            Locale.ROOT,
                                            "     %-4s %s x%d  entry %.2f  now %s",
                                            leg.side(),
                                            leg.contract(),
                                            leg.quantity(),
                                            leg.entryPrice(),
                                            leg.closePrice() == null
                                                    ? "-"
                                                    : String.format(Locale.ROOT, "%.2f", leg.closePrice())),
                                    width),
                            DIM));
                }
            }
        }
        List<AttributedString> alerts = new ArrayList<>();
        alerts.add(plain(""));
        alerts.add(styled("Alerts (" + doc.alerts().size() + ")", BOLD));
        for (DashboardJson.AlertLine a : doc.alerts()) {
            AttributedStyle style =
                    a.urgency().equals("HIGH") ? RED : a.urgency().equals("MEDIUM") ? YELLOW : null;
            String text = fit(
                    String.format(Locale.ROOT, "%-6s #%d %s: %s", a.urgency(), a.strategyId(), a.rule(), a.message()),
                    width);
            alerts.add(style == null ? plain(text) : styled(text, style));
        }
        if (doc.alerts().isEmpty()) {
            alerts.add(plain("none"));
        }
        return fitHeight(head, body, alerts, height);
    }

    private static List<AttributedString> fitHeight(
            List<AttributedString> head, List<AttributedString> body, List<AttributedString> alerts, int height) {
        List<AttributedString> all = new ArrayList<>(head);
        if (height <= 0 || head.size() + body.size() + alerts.size() <= height) {
            all.addAll(body);
            all.addAll(alerts);
            return all;
        }
        int alertRoom = Math.min(alerts.size(), Math.max(3, (height - head.size()) / 3));
        int bodyRoom = Math.max(2, height - head.size() - alertRoom - 1);
        all.addAll(body.subList(0, Math.min(body.size(), bodyRoom)));
        int hidden = body.size() - Math.min(body.size(), bodyRoom);
        if (hidden > 0) {
            all.add(styled("... " + hidden + " more lines (--json for everything)", DIM));
        }
        int left = height - all.size();
        all.addAll(alerts.subList(0, Math.max(0, Math.min(alerts.size(), left))));
        return all.subList(0, Math.min(all.size(), height));
    }

    private static String row(
            String id, String symbol, String strategy, String pnl, String dte, String status, int width) {
        String line = String.format(
                Locale.ROOT, "%5s %-10s %-18s %14s %4s %s", id, cut(symbol, 10), cut(strategy, 18), pnl, dte, status);
        return fit(line, width);
    }

    private static AttributedString colourPnl(AttributedString line, String pnl, AttributedStyle style) {
        String text = line.toString();
        int at = text.indexOf(pnl, 35);
        if (at < 0 || style == null) {
            return line;
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(text.substring(0, at));
        b.styled(style, pnl);
        b.append(text.substring(at + pnl.length()));
        return b.toAttributedString();
    }

    private static AttributedStyle signed(double value) {
        return value > 0 ? GREEN : value < 0 ? RED : AttributedStyle.DEFAULT;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }

    private static AttributedString plain(String text) {
        return new AttributedString(text);
    }

    private static AttributedString styled(String text, AttributedStyle style) {
        return new AttributedString(text, style);
    }
}
