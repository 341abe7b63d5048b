package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.pricing.ImpliedVolatilityResult;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real NIFTY smiles the chain model is calibrated on, measured as {@code
 * marketdata/tools/calibrate_historical_nifty.py} measures them: forward = median of {@code K + (C − P)/DF} over the
 * three strikes with both sides traded and the smallest {@code |C − P|}; Black-76 IV of every traded out-of-the-money
 * option; ATM IV interpolated linearly in {@code k = ln(K/F)} at 0. Rates: the market's (ln(1 + repo)). 2020 and 2026:
 * settlement prices of the bhavcopies (read by the replay); 23 Aug 2019: mids of the snapshot's two-sided quotes.
 */
final class RealSmiles {

    /** One real expiry: its forward, ATM IV and OTM points {@code (k, iv)} sorted by {@code k}. */
    record Smile(LocalDate day, LocalDate expiry, double years, double forward, double atmVol, List<double[]> points) {

        long days() {
            return Math.round(years * 365);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s on %s: ATM %.4f, forward %.2f, %d points",
                    expiry,
                    day,
                    atmVol,
                    forward,
                    points.size());
        }
    }

    /** A strike's two prices and whether each traded. */
    private record Pair(double call, boolean callTraded, double put, boolean putTraded) {}

    private RealSmiles() {}

    /** Returns the smiles of the NIFTY expiries of {@code day} in the 2020 or 2026 bhavcopies. */
    static List<Smile> bhavcopy(LocalDate day, double rate) {
        BhavcopyReplayMarketData replay =
                new BhavcopyReplayMarketData(ProjectData.directory(), rate, ReferenceData.standard());
        List<Smile> smiles = new ArrayList<>();
        for (var expiry : replay.expiries("NIFTY", day)) {
            OptionChain chain = replay.optionChain("NIFTY", expiry.date(), day);
            Map<Double, Pair> pairs = new TreeMap<>();
            chain.rows().forEach(r -> {
                OptionQuote c = r.call().orElse(null);
                OptionQuote p = r.put().orElse(null);
                pairs.put(
                        r.strike(),
                        new Pair(
                                c == null ? 0 : c.settle(),
                                c != null && c.isTraded(),
                                p == null ? 0 : p.settle(),
                                p != null && p.isTraded()));
            });
            smile(day, expiry.date(), rate, pairs).ifPresent(smiles::add);
        }
        return smiles;
    }

    /** Returns the smiles of the option-chain snapshot of 23 Aug 2019 (two-sided quotes' mids). */
    static List<Smile> snapshot(double rate) {
        String text = HistoryFixtures.snapshot();
        String records = text.substring(0, text.indexOf("\"filtered\""));
        Matcher m = Pattern.compile("\\{[^{}]*\"askPrice\"[^{}]*\\}").matcher(records);
        DateTimeFormatter nse = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
        Map<LocalDate, Map<Double, Pair>> byExpiry = new TreeMap<>();
        while (m.find()) {
            String q = m.group();
            double bid = number(q, "bidprice");
            double ask = number(q, "askPrice");
            if (bid <= 0 || ask <= bid) {
                continue;
            }
            LocalDate expiry = LocalDate.parse(text(q, "expiryDate"), nse);
            double strike = number(q, "strikePrice");
            boolean call = text(q, "identifier").contains("CE");
            boolean traded = number(q, "totalTradedVolume") > 0;
            double mid = 0.5 * (bid + ask);
            Map<Double, Pair> pairs = byExpiry.computeIfAbsent(expiry, e -> new TreeMap<>());
            Pair old = pairs.getOrDefault(strike, new Pair(0, false, 0, false));
            pairs.put(
                    strike,
                    call
                            ? new Pair(mid, traded, old.put(), old.putTraded())
                            : new Pair(old.call(), old.callTraded(), mid, traded));
        }
        List<Smile> smiles = new ArrayList<>();
        byExpiry.forEach((expiry, pairs) ->
                smile(HistoryFixtures.SNAPSHOT_DAY, expiry, rate, pairs).ifPresent(smiles::add));
        return smiles;
    }

    private static java.util.Optional<Smile> smile(
            LocalDate day, LocalDate expiry, double rate, Map<Double, Pair> pairs) {
        double t = TimeToExpiry.years(day, expiry);
        if (t <= 0) {
            return java.util.Optional.empty();
        }
        double df = Math.exp(-rate * t);
        List<double[]> parity = new ArrayList<>();
        pairs.forEach((k, p) -> {
            if (p.callTraded() && p.putTraded()) {
                parity.add(new double[] {Math.abs(p.call() - p.put()), k + (p.call() - p.put()) / df});
            }
        });
        if (parity.size() < 3) {
            return java.util.Optional.empty();
        }
        parity.sort(Comparator.comparingDouble(a -> a[0]));
        double[] three = {parity.get(0)[1], parity.get(1)[1], parity.get(2)[1]};
        java.util.Arrays.sort(three);
        double forward = three[1];
        List<double[]> points = new ArrayList<>();
        pairs.forEach((k, p) -> {
            boolean call = k >= forward;
            if (call ? p.callTraded() : p.putTraded()) {
                ImpliedVolatilityResult iv = ImpliedVolatilitySolver.black76(
                        call ? Right.CALL : Right.PUT, call ? p.call() : p.put(), forward, k, t, df);
                if (iv.isOk()) {
                    points.add(new double[] {Math.log(k / forward), iv.volatility()});
                }
            }
        });
        points.sort(Comparator.comparingDouble(a -> a[0]));
        if (points.size() < 5 || points.get(0)[0] >= 0 || points.get(points.size() - 1)[0] <= 0) {
            return java.util.Optional.empty();
        }
        int above = 0;
        while (points.get(above)[0] < 0) {
            above++;
        }
        double[] lo = points.get(above - 1);
        double[] hi = points.get(above);
        double atm = hi[0] == 0 ? hi[1] : lo[1] + (hi[1] - lo[1]) * (0 - lo[0]) / (hi[0] - lo[0]);
        return java.util.Optional.of(new Smile(day, expiry, t, forward, atm, List.copyOf(points)));
    }

    private static double number(String object, String field) {
        return Double.parseDouble(text(object, field));
    }

    private static String text(String object, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ?\"?([^\",}]*)").matcher(object);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + object);
        }
        return m.group(1);
    }
}
