package io.optionsv4.marketdata.reference;

import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.instrument.UnderlyingKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ReferenceData} from the CSV tables in this package's resources (see {@code docs/reference-data.md} for
 * where each table came from).
 */
final class ReferenceDataLoader {

    private ReferenceDataLoader() {}

    static ReferenceData load() {
        TradingCalendar calendar = loadCalendar();
        LotSizeTable lots = LotSizeTable.load();
        return new ReferenceData(
                loadUnderlyings(),
                lots,
                loadStrikeSteps(),
                calendar,
                new ExpiryCalendar(calendar, ExpiryRules.load(lots)));
    }

    static Map<String, Underlying> loadUnderlyings() {
        Map<String, Underlying> result = new LinkedHashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read("underlyings.csv", "symbol,name,kind,industry,sector")) {
            Underlying underlying = new Underlying(
                    row.text(0), row.text(1), UnderlyingKind.valueOf(row.text(2)), row.text(3), row.text(4));
            if (result.put(underlying.symbol(), underlying) != null) {
                throw new IllegalStateException(
                        "underlyings.csv line " + row.line() + ": duplicate symbol " + underlying.symbol());
            }
        }
        return result;
    }

    static Map<String, List<StrikeStep>> loadStrikeSteps() {
        Map<String, List<StrikeStep>> result = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read("strike_steps.csv", "symbol,observed_on,step,source")) {
            StrikeStep step = new StrikeStep(row.decimal(2), row.date(1), row.text(3));
            result.computeIfAbsent(row.text(0), s -> new ArrayList<>()).add(step);
        }
        return result;
    }

    static TradingCalendar loadCalendar() {
        ReferenceCsv.Row span =
                ReferenceCsv.read("calendar_coverage.csv", "first_day,last_day").get(0);
        DateRange coverage = new DateRange(span.date(0), span.date(1));
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> scheduled = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read("holidays.csv", "date,kind")) {
            switch (row.text(1)) {
                case "HOLIDAY", "MUHURAT" -> holidays.add(row.date(0));
                case "SCHEDULED" -> scheduled.add(row.date(0));
                default ->
                    throw new IllegalStateException(
                            "holidays.csv line " + row.line() + ": unknown kind '" + row.text(1) + "'");
            }
        }
        List<MonthDay> fixed = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read("fixed_holidays.csv", "month,day,name")) {
            fixed.add(MonthDay.of(Integer.parseInt(row.text(0)), Integer.parseInt(row.text(1))));
        }
        return new TradingCalendar(coverage, holidays, scheduled, fixed);
    }
}
