package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the liquidity part of {@link SpreadModel#DEFAULT} from the real books (the NSE option-chain snapshot of
 * NIFTY, 23 Aug 2019 15:30, and the Dhan option-chain fixture) and fails when the committed parameters drift. Method
 * and figures: {@code docs/spread-model.md}.
 */
class SpreadModelCalibrationTest {

    private static final LocalDate SNAPSHOT_DAY = LocalDate.of(2019, 8, 23);
    private static final double SNAPSHOT_SPOT = 10829.35;
    private static final double ATM_VOL = 0.16;
    private static final double PARAMETER_TOLERANCE = 0.02;
    private static final DateTimeFormatter NSE_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    /** Dhan fixture: NIFTY lot in January 2025 and the days to its first listed expiry (16 Jan 2025) assumed. */
    private static final double DHAN_LOT = 75;

    private static final long DHAN_DAYS = 7;

    private static List<Row> nse;

    @BeforeAll
    static void load() throws IOException {
        String json = DataFiles.readString(ProjectData.file("option_chain/optionchain.json"), StandardCharsets.UTF_8);
        nse = new ArrayList<>();
        // "records" holds every expiry; the "filtered" part after it repeats the nearest one.
        String records = json.substring(0, json.indexOf("\"filtered\""));
        Matcher m = Pattern.compile("\\{[^{}]*\"askPrice\"[^{}]*\\}").matcher(records);
        while (m.find()) {
            Map<String, String> f = fields(m.group());
            double bid = Double.parseDouble(f.get("bidprice"));
            double ask = Double.parseDouble(f.get("askPrice"));
            if (bid <= 0 || ask <= bid) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(SNAPSHOT_DAY, LocalDate.parse(f.get("expiryDate"), NSE_DATE));
            double strike = Double.parseDouble(f.get("strikePrice"));
            double x = Math.log(strike / SNAPSHOT_SPOT) / (ATM_VOL * Math.sqrt(days / 365.0));
            nse.add(new Row(
                    bid,
                    ask,
                    new SpreadInputs(
                            0.5 * (bid + ask),
                            x,
                            days,
                            Long.parseLong(f.get("totalTradedVolume")),
                            Double.parseDouble(f.get("openInterest")),
                            true)));
        }
    }

    @Test
    void test_liquidityParameters_refitOnTheNseSnapshot() {
        SpreadModel model = SpreadModel.DEFAULT;
        double suu = 0;
        double sut = 0;
        double stt = 0;
        double suy = 0;
        double sty = 0;
        for (Row r : nse) {
            SpreadInputs in = r.inputs();
            double y = Math.log(r.spread() / liquid(model, in));
            double u = in.volume() == 0 ? 1 : 0;
            double t = Math.max(0, Math.log(model.referenceOiLots() / (1 + in.openInterestLots())));
            suu += u * u;
            sut += u * t;
            stt += t * t;
            suy += u * y;
            sty += t * y;
        }
        double det = suu * stt - sut * sut;
        double untraded = (suy * stt - sut * sty) / det;
        double thinOi = (suu * sty - sut * suy) / det;
        System.out.printf(
                Locale.ROOT, "spread fit on %d NSE rows: untraded %.4f, thinOi %.4f%n", nse.size(), untraded, thinOi);
        assertThat(nse).hasSize(846);
        assertThat(untraded).isCloseTo(model.untraded(), within(PARAMETER_TOLERANCE));
        assertThat(thinOi).isCloseTo(model.thinOi(), within(PARAMETER_TOLERANCE));
    }

    @Test
    void test_residuals_ofTheNseSnapshot() {
        List<Double> all = new ArrayList<>();
        List<Double> traded = new ArrayList<>();
        for (Row r : nse) {
            double residual = Math.log(r.spread() / SpreadModel.DEFAULT.spread(r.inputs()));
            all.add(residual);
            if (r.inputs().volume() > 0) {
                traded.add(residual);
            }
        }
        double rmse = Math.sqrt(all.stream().mapToDouble(e -> e * e).average().orElseThrow());
        System.out.printf(
                Locale.ROOT,
                "NSE residuals: rmse %.3f, median %.3f, traded median %.3f (%d), within x2 %.3f%n",
                rmse,
                median(all),
                median(traded),
                traded.size(),
                withinFactor(all, 2));
        assertThat(rmse).isLessThan(1.15);
        assertThat(median(traded)).isBetween(-0.5, 0.2);
        assertThat(withinFactor(all, 2)).isGreaterThan(0.45);
    }

    @Test
    void test_coverage_ofTheDhanChain() throws IOException {
        Path file = ProjectData.directory()
                .getParent()
                .resolve("dhan/src/test/resources/io/optionsv4/dhan/fixtures/optionchain.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        double spot = Double.parseDouble(field(json, "last_price"));
        List<Double> residuals = new ArrayList<>();
        Matcher strikes = Pattern.compile("\"(\\d+\\.\\d+)\": \\{").matcher(json);
        Matcher sides = Pattern.compile("\"(ce|pe)\": \\{([^}]*\\}[^}]*)\\}").matcher(json);
        List<Integer> strikeStarts = new ArrayList<>();
        List<Double> strikeValues = new ArrayList<>();
        while (strikes.find()) {
            strikeStarts.add(strikes.start());
            strikeValues.add(Double.parseDouble(strikes.group(1)));
        }
        while (sides.find()) {
            int i = strikeStarts.size() - 1;
            while (strikeStarts.get(i) > sides.start()) {
                i--;
            }
            String body = sides.group(2);
            double bid = Double.parseDouble(field(body, "top_bid_price"));
            double ask = Double.parseDouble(field(body, "top_ask_price"));
            if (bid <= 0 || ask <= bid) {
                continue;
            }
            double x = Math.log(strikeValues.get(i) / spot) / (ATM_VOL * Math.sqrt(DHAN_DAYS / 365.0));
            SpreadInputs in = new SpreadInputs(
                    0.5 * (bid + ask),
                    x,
                    DHAN_DAYS,
                    Long.parseLong(field(body, "volume")),
                    Double.parseDouble(field(body, "oi")) / DHAN_LOT,
                    true);
            residuals.add(Math.log((ask - bid) / SpreadModel.DEFAULT.spread(in)));
        }
        System.out.printf(
                Locale.ROOT,
                "Dhan residuals: %d rows, median %.3f, within x2 %.3f%n",
                residuals.size(),
                median(residuals),
                withinFactor(residuals, 2));
        // The 2025 NIFTY book is far tighter than the 2019 snapshot: the model is an upper bound there (conservative).
        assertThat(residuals).hasSize(6).allSatisfy(r -> assertThat(r).isNegative());
    }

    private static double liquid(SpreadModel model, SpreadInputs in) {
        return model.liquidSpread(in.referencePrice(), in.standardisedMoneyness(), in.daysToExpiry(), 1.0);
    }

    private static double withinFactor(List<Double> logResiduals, double factor) {
        double bound = Math.log(factor);
        return logResiduals.stream().filter(e -> Math.abs(e) <= bound).count() / (double) logResiduals.size();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": ?([-0-9.eE]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name);
        }
        return m.group(1);
    }

    private static Map<String, String> fields(String object) {
        Map<String, String> result = new HashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\":\\s*(\"[^\"]*\"|[-0-9.eE]+)").matcher(object);
        while (m.find()) {
            result.put(m.group(1), m.group(2).replace("\"", ""));
        }
        return result;
    }

    private record Row(double bid, double ask, SpreadInputs inputs) {
        double spread() {
            return ask - bid;
        }
    }
}
