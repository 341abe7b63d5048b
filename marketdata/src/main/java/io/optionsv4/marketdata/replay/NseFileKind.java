package io.optionsv4.marketdata.replay;

import io.optionsv4.marketdata.files.DataFiles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NSE file forms the replay reads, recognised by file name, plain or gzipped ({@code fo01JAN2020bhav.csv.gz}); the
 * date in the name is the trade date.
 */
enum NseFileKind {
    /** Old F&amp;O bhavcopy {@code foDDMMMYYYYbhav.csv}, e.g. {@code fo01JAN2020bhav.csv}. */
    FO_OLD("fo(\\d{2}[A-Za-z]{3}\\d{4})bhav\\.csv", Formats.NAME_DATE),
    /** UDiFF F&amp;O bhavcopy {@code BhavCopy_NSE_FO_0_0_0_YYYYMMDD_F_0000.csv}. */
    FO_UDIFF("BhavCopy_NSE_FO_0_0_0_(\\d{8})_F_0000\\.csv", DateTimeFormatter.BASIC_ISO_DATE),
    /** Old cash bhavcopy {@code cmDDMMMYYYYbhav.csv}. */
    CASH_OLD("cm(\\d{2}[A-Za-z]{3}\\d{4})bhav\\.csv", Formats.NAME_DATE),
    /** Full cash bhavcopy with delivery data {@code sec_bhavdata_full_DDMMYYYY.csv}. */
    CASH_FULL(
            "sec_bhavdata_full_(\\d{8})\\.csv",
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT)),
    /** NIFTY 50 daily history {@code nifty50.csv}. */
    NIFTY_HISTORY("nifty50\\.csv", null),
    /** India VIX daily history {@code indiavix.csv}. */
    VIX_HISTORY("indiavix\\.csv", null);

    private final Pattern name;
    private final DateTimeFormatter dateFormat;

    NseFileKind(String regex, DateTimeFormatter dateFormat) {
        this.name = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.dateFormat = dateFormat;
    }

    /** Returns true for the per-day files (bhavcopies), false for the histories. */
    boolean isDaily() {
        return dateFormat != null;
    }

    /** Returns true when {@code fileName} is of this kind. */
    boolean matches(String fileName) {
        return name.matcher(fileName).matches();
    }

    /**
     * Returns the trade date in a daily file's name, or empty for a history file.
     *
     * @throws java.time.DateTimeException when the name's date is not a date
     */
    Optional<LocalDate> dateOf(String fileName) {
        Matcher m = name.matcher(DataFiles.contentName(fileName));
        if (dateFormat == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(m.group(1), dateFormat));
    }

    /** Returns the kind of {@code fileName}, or empty when the replay does not read such files. */
    static Optional<NseFileKind> of(String fileName) {
        String content = DataFiles.contentName(fileName);
        for (NseFileKind kind : values()) {
            if (kind.matches(content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Date formats of NSE files, strict: 31-Feb is an error, not 29-Feb. */
    static final class Formats {
        /** {@code 01JAN2020} in file names, any case. */
        static final DateTimeFormatter NAME_DATE = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("ddMMMuuuu")
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);

        /** {@code 01-JAN-2020} or {@code 30-Jan-2020} inside the old files, any case. */
        static final DateTimeFormatter DD_MMM_YYYY = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("dd-MMM-uuuu")
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);

        private Formats() {}
    }
}
