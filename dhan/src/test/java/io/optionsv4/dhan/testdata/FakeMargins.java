package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The fake server's margin model (invented, not SPAN): a bought option blocks its premium; a sold option blocks 9 %
 * (span) plus 2 % (exposure) of the underlying's value, {@code spot x quantity}; cash blocks the order's value. In a
 * basket ({@code /margincalculator/multi}) a sold option covered by a bought option of the same underlying, expiry and
 * right and at least its quantity blocks at most the strike width times its quantity (a defined-risk spread): the
 * difference is the hedge benefit.
 */
final class FakeMargins {

    /** Brokerage the single-order calculator reports, rupees. */
    static final double BROKERAGE = 20.0;

    private final FakeMarket market;

    FakeMargins(FakeMarket market) {
        this.market = market;
    }

    /**
     * One leg: an instrument, a side and a quantity at a price.
     *
     * @param instrument the instrument
     * @param buy true for BUY
     * @param quantity units
     * @param price rupees per unit
     */
    record Leg(FakeInstrument instrument, boolean buy, long quantity, double price) {}

    /**
     * The margin of one leg.
     *
     * @param span span part
     * @param exposure exposure part
     * @param premium premium part (bought options, cash)
     */
    record LegMargin(double span, double exposure, double premium) {
        double total() {
            return span + exposure + premium;
        }
    }

    /** The answer of {@code POST /margincalculator} (reference section 3.10). */
    record SingleAnswer(
            double totalMargin,
            double spanMargin,
            double exposureMargin,
            double availableBalance,
            double variableMargin,
            double insufficientBalance,
            double brokerage,
            String leverage) {}

    /** The answer of {@code POST /margincalculator/multi} in the digest's spelling: snake case, every value text. */
    record MultiAnswer(
            @JsonProperty("total_margin") String totalMargin,
            @JsonProperty("span_margin") String spanMargin,
            @JsonProperty("exposure_margin") String exposureMargin,
            @JsonProperty("equity_margin") String equityMargin,
            @JsonProperty("fo_margin") String foMargin,
            @JsonProperty("commodity_margin") String commodityMargin,
            @JsonProperty("currency") String currency,
            @JsonProperty("hedge_benefit") String hedgeBenefit) {}

    /** The same answer in camel case with numbers, the other spelling a client must accept. */
    record MultiAnswerCamel(
            double totalMargin,
            double spanMargin,
            double exposureMargin,
            double equityMargin,
            double foMargin,
            double commodityMargin,
            double currency,
            double hedgeBenefit) {}

    /** Returns the margin of one leg alone. */
    LegMargin leg(Leg leg) {
        FakeInstrument i = leg.instrument();
        if (!i.isOption()) {
            return new LegMargin(0, 0, leg.quantity() * leg.price());
        }
        if (leg.buy()) {
            return new LegMargin(0, 0, leg.quantity() * leg.price());
        }
        double value = market.spot(i.underlying()) * leg.quantity();
        return new LegMargin(0.09 * value, 0.02 * value, 0);
    }

    /** Returns the single-order answer for {@code leg} with {@code available} funds. */
    SingleAnswer single(Leg leg, double available) {
        LegMargin m = leg(leg);
        double total = money(m.total());
        return new SingleAnswer(
                total,
                money(m.span()),
                money(m.exposure()),
                money(available),
                0.0,
                money(Math.max(0, total - available)),
                BROKERAGE,
                "1.00");
    }

    /**
     * The figures of a basket.
     *
     * @param total what the basket blocks
     * @param span span part after hedge benefit
     * @param exposure exposure part after hedge benefit
     * @param hedgeBenefit what the hedges saved
     */
    record Basket(double total, double span, double exposure, double hedgeBenefit) {}

    /** Returns the basket's margin with hedge benefit for covered short options. */
    Basket basket(List<Leg> legs) {
        List<Leg> longs = new ArrayList<>(
                legs.stream().filter(l -> l.buy() && l.instrument().isOption()).toList());
        double total = 0;
        double span = 0;
        double exposure = 0;
        double benefit = 0;
        for (Leg leg : legs) {
            LegMargin m = leg(leg);
            if (leg.buy() || !leg.instrument().isOption()) {
                total += m.total();
                continue;
            }
            Leg cover = longs.stream().filter(l -> covers(l, leg)).findFirst().orElse(null);
            double capped = m.span() + m.exposure();
            if (cover != null) {
                longs.remove(cover);
                double width =
                        Math.abs(cover.instrument().strike() - leg.instrument().strike()) * leg.quantity();
                capped = Math.min(capped, width);
            }
            double scale = capped / (m.span() + m.exposure());
            benefit += m.span() + m.exposure() - capped;
            span += m.span() * scale;
            exposure += m.exposure() * scale;
            total += capped;
        }
        return new Basket(money(total), money(span), money(exposure), money(benefit));
    }

    private static boolean covers(Leg bought, Leg sold) {
        FakeInstrument b = bought.instrument();
        FakeInstrument s = sold.instrument();
        return b.underlying().equals(s.underlying())
                && b.expiry().equals(s.expiry())
                && b.optionType().equals(s.optionType())
                && bought.quantity() >= sold.quantity();
    }

    /** Returns the basket as the digest's answer (strings, snake case). */
    static MultiAnswer snake(Basket b) {
        return new MultiAnswer(
                text(b.total()),
                text(b.span()),
                text(b.exposure()),
                "0.00",
                text(b.total()),
                "0.00",
                "0.00",
                text(b.hedgeBenefit()));
    }

    /** Returns the basket in camel case with numbers. */
    static MultiAnswerCamel camel(Basket b) {
        return new MultiAnswerCamel(b.total(), b.span(), b.exposure(), 0, b.total(), 0, 0, b.hedgeBenefit());
    }

    static double money(double rupees) {
        return Math.round(rupees * 100) / 100.0;
    }

    private static String text(double rupees) {
        return String.format(java.util.Locale.ROOT, "%.2f", rupees);
    }
}
