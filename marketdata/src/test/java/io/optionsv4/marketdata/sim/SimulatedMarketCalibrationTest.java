package io.optionsv4.marketdata.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the simulated market's calibration from the real NSE files in place and checks the committed tables and
 * constants still match (figures and method in {@code docs/simulated-market.md}).
 */
class SimulatedMarketCalibrationTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate NEAR_MONTH = LocalDate.of(2020, 1, 30);
    private static final List<String> SMILE_SYMBOLS =
            List.of("NIFTY", "BANKNIFTY", "RELIANCE", "INFY", "TCS", "HDFCBANK", "SBIN", "ICICIBANK");
    private static final double ATM_TOLERANCE = 0.01;
    private static final double SMILE_TOLERANCE = 0.03;
    private static final double SMILE_RANGE = 2.0;
    private static final int WINDOW = 21;

    private static BhavcopyReplayMarketData replay;
    private static SimTables tables;
    private static IndexFigures index;

    @BeforeAll
    static void load() throws IOException {
        replay = new BhavcopyReplayMarketData(ProjectData.directory());
        tables = SimTables.load();
        index = IndexFigures.of(
                ProjectData.file("index_daily/nifty50.csv"), ProjectData.file("index_daily/indiavix.csv"));
    }

    @Test
    void test_smiles_matchTheRealNearMonthChains() {
        for (String symbol : SMILE_SYMBOLS) {
            double[] fit = fitSmile(replay.optionChain(symbol, NEAR_MONTH, DAY));
            SimTables.SmileFit table = tables.fits().get(symbol);
            assertThat(fit[0]).as(symbol + " ATM IV").isCloseTo(table.atmIv(), within(ATM_TOLERANCE));
            assertThat(fit[1]).as(symbol + " slope").isCloseTo(table.slope(), within(SMILE_TOLERANCE));
            assertThat(fit[2]).as(symbol + " curvature").isCloseTo(table.curvature(), within(SMILE_TOLERANCE));
        }
        assertThat(tables.fits().get("NIFTY").slope()).isNegative();
    }

    @Test
    void test_openInterest_shapeOfTheRealChains() {
        List<Double> within1 = new ArrayList<>();
        List<Double> within3 = new ArrayList<>();
        List<Double> roundRatios = new ArrayList<>();
        for (String symbol : replay.symbols(DAY)) {
            OptionChain chain = replay.optionChain(symbol, NEAR_MONTH, DAY);
            if (chain.rows().size() < 10 || chain.forward().isEmpty()) {
                continue;
            }
            Map<Long, Double> byStep = openInterestBySteps(chain);
            double total =
                    byStep.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total == 0) {
                continue;
            }
            within1.add(share(byStep, 1, total));
            within3.add(share(byStep, 3, total));
            roundRatios.addAll(roundRatios(chain));
        }
        double q = Calibration.OI_DECAY_PER_STEP;
        double modelTotal = 1 + 2 * q / (1 - q);
        assertThat(median(within1)).isCloseTo(0.337, within(0.01));
        assertThat(median(within3)).isCloseTo(0.666, within(0.01));
        assertThat((1 + 2 * q) / modelTotal).isCloseTo(median(within1), within(0.06));
        assertThat((1 + 2 * (q + q * q + q * q * q)) / modelTotal).isCloseTo(median(within3), within(0.06));
        assertThat(median(roundRatios)).isCloseTo(Calibration.ROUND_STRIKE_FACTOR, within(0.15));
    }

    @Test
    void test_vixAndNifty_linkAndJumps() {
        assertThat(index.medianVixOverRealised()).isCloseTo(1.27, within(0.02));
        assertThat(index.medianRealised()).isCloseTo(0.138, within(0.003));
        assertThat(Calibration.MARKET_VOL)
                .isCloseTo(
                        index.medianRealised()
                                * Math.exp(Calibration.MARKET_LOG_VOL_SD * Calibration.MARKET_LOG_VOL_SD),
                        within(0.01));
        assertThat(index.logVixAr1()).isCloseTo(Calibration.MARKET_LOG_VOL_AR1, within(0.005));
        assertThat(index.jumpsPerYear()).isCloseTo(Calibration.MARKET_JUMPS_PER_YEAR, within(0.1));
        assertThat(index.logRealisedSd()).isCloseTo(0.482, within(0.01));
    }

    @Test
    void test_simulatedVix_reproducesTheRealLink() {
        SimulatedMarketData sim = new SimulatedMarketData(SimulatedMarketData.DEFAULT_SEED);
        LocalDate from = LocalDate.of(2008, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        double[] r = PathSimulatorTest.logReturns(sim.niftyHistory(from, to));
        List<Candle> vix = sim.indiaVixHistory(from, to);
        List<Double> ratios = new ArrayList<>();
        for (int i = WINDOW; i < r.length; i++) {
            double realised = IndexFigures.sd(r, i - WINDOW + 1, i + 1) * Math.sqrt(250);
            ratios.add(vix.get(i + 1).close() / 100 / realised);
        }
        assertThat(median(ratios)).isCloseTo(index.medianVixOverRealised(), within(0.06));
        assertThat(median(vix.stream().map(Candle::close).toList())).isCloseTo(17.06, within(2.5));
    }

    @Test
    void test_anchors_niftyYearEndClosesAreReal() {
        Map<Integer, Double> real = index.yearEndCloses();
        Map<Integer, Double> anchors = tables.anchors().get("NIFTY");
        assertThat(anchors.keySet()).containsAll(List.of(2008, 2019, 2025));
        anchors.forEach((year, close) -> assertThat(close).isCloseTo(real.get(year), within(0.006)));
    }

    @Test
    void test_spreads_ofTheRealNiftyWeekly() throws IOException {
        String json = DataFiles.readString(ProjectData.file("option_chain/optionchain.json"), StandardCharsets.UTF_8);
        double spot = 10829.35;
        double years = 6 / 365.0;
        double atmVol = 0.16;
        List<Double> relativeLiquid = new ArrayList<>();
        List<Double> modelRelativeLiquid = new ArrayList<>();
        List<Double> cheap = new ArrayList<>();
        List<Double> modelCheap = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\"askPrice\"[^{}]*\\}").matcher(json);
        while (m.find()) {
            Map<String, String> f = fields(m.group());
            double bid = Double.parseDouble(f.get("bidprice"));
            double ask = Double.parseDouble(f.get("askPrice"));
            double strike = Double.parseDouble(f.get("strikePrice"));
            boolean call = f.get("identifier").contains("CE");
            boolean otm = call ? strike >= spot : strike < spot;
            if (!f.get("expiryDate").equals("29-Aug-2019") || bid <= 0 || ask < bid || !otm) {
                continue;
            }
            double mid = 0.5 * (bid + ask);
            double x = Math.log(strike / spot) / (atmVol * Math.sqrt(years));
            var model = OptionActivity.quote(mid, x, 6, 1.0, 0.05);
            if (mid > 20) {
                relativeLiquid.add((ask - bid) / mid);
                modelRelativeLiquid.add((model.ask() - model.bid()) / mid);
            } else if (mid < 2) {
                cheap.add(ask - bid);
                modelCheap.add(model.ask() - model.bid());
            }
        }
        assertThat(median(relativeLiquid)).isCloseTo(0.0221, within(0.001));
        assertThat(median(cheap)).isCloseTo(0.30, within(0.01));
        assertThat(median(modelRelativeLiquid)).isCloseTo(median(relativeLiquid), within(0.01));
        assertThat(median(modelCheap)).isCloseTo(median(cheap), within(0.1));
    }

    /** Returns {ATM IV, slope, curvature} fitted as in calibrate_simulated_market.py. */
    private static double[] fitSmile(OptionChain chain) {
        double forward = chain.forward().orElseThrow().price();
        double years = chain.yearsToExpiry();
        TreeMap<Double, Double> ivByK = new TreeMap<>();
        for (OptionQuote q : otmPriced(chain, forward)) {
            ivByK.put(Math.log(q.strike() / forward), q.impliedVolatility().getAsDouble());
        }
        var below = ivByK.floorEntry(0.0);
        var above = ivByK.ceilingEntry(0.0);
        double atm = below == null || above == null || below.getKey().equals(above.getKey())
                ? (below != null ? below : above).getValue()
                : below.getValue()
                        + (above.getValue() - below.getValue()) * (-below.getKey()) / (above.getKey() - below.getKey());
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double sx2y = 0;
        double sx3 = 0;
        double sx4 = 0;
        for (var e : ivByK.entrySet()) {
            double x = e.getKey() / (atm * Math.sqrt(years));
            if (Math.abs(x) >= SMILE_RANGE) {
                continue;
            }
            double y = e.getValue() / atm - 1;
            sxx += x * x;
            sx3 += x * x * x;
            sx4 += x * x * x * x;
            sxy += x * y;
            sx2y += x * x * y;
            syy += y * y;
        }
        double det = sxx * sx4 - sx3 * sx3;
        return new double[] {atm, (sxy * sx4 - sx3 * sx2y) / det, (sxx * sx2y - sx3 * sxy) / det};
    }

    private static List<OptionQuote> otmPriced(OptionChain chain, double forward) {
        List<OptionQuote> result = new ArrayList<>();
        for (var row : chain.rows()) {
            Right right = row.strike() >= forward ? Right.CALL : Right.PUT;
            row.quote(right).filter(q -> q.quality() == QuoteQuality.OK).ifPresent(result::add);
        }
        return result;
    }

    private static Map<Long, Double> openInterestBySteps(OptionChain chain) {
        List<Double> strikes = chain.strikes();
        double step = modeStep(strikes);
        double atm = chain.atmStrike().getAsDouble();
        Map<Long, Double> result = new TreeMap<>();
        for (var row : chain.rows()) {
            double oi = row.call().map(OptionQuote::openInterest).orElse(0L)
                    + row.put().map(OptionQuote::openInterest).orElse(0L);
            result.merge(Math.round((row.strike() - atm) / step), oi, Double::sum);
        }
        return result;
    }

    private static List<Double> roundRatios(OptionChain chain) {
        List<Double> ratios = new ArrayList<>();
        double step = modeStep(chain.strikes());
        Map<Long, Double> oi = openInterestBySteps(chain);
        double atm = chain.atmStrike().getAsDouble();
        for (var e : oi.entrySet()) {
            double strike = atm + e.getKey() * step;
            Double lower = oi.get(e.getKey() - 1);
            Double upper = oi.get(e.getKey() + 1);
            if (Math.abs(e.getKey()) <= 8
                    && lower != null
                    && upper != null
                    && lower + upper > 0
                    && Math.abs(strike % (2 * step)) < 1e-9) {
                ratios.add(e.getValue() / (0.5 * (lower + upper)));
            }
        }
        return ratios;
    }

    private static double share(Map<Long, Double> byStep, int steps, double total) {
        return byStep.entrySet().stream()
                        .filter(e -> Math.abs(e.getKey()) <= steps)
                        .mapToDouble(Map.Entry::getValue)
                        .sum()
                / total;
    }

    private static double modeStep(List<Double> strikes) {
        Map<Double, Integer> counts = new TreeMap<>();
        for (int i = 1; i < strikes.size(); i++) {
            counts.merge(strikes.get(i) - strikes.get(i - 1), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static Map<String, String> fields(String object) {
        Map<String, String> fields = new TreeMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\":\\s*\"?([^,\"\\n}]*)\"?").matcher(object);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).strip());
        }
        return fields;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
    }
}
