package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Fill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares stored fills with the broker's trade book and names every difference.
 *
 * <p>The broker's trades are summed per order tag (correlation id): quantity and value, so the average price is exact.
 * A stored order is matched by its tag, else by the broker's order id. Then:
 *
 * <ul>
 *   <li>an order of {@code day} stored as filled that the broker has no trade for is {@code MISSING_AT_BROKER} (older
 *       orders are not expected in a trade book of the day);
 *   <li>broker trades of ours (a tag of the form {@code ns-strategy-legPurposeAttempt}) with no stored order, or whose
 *       order is stored unfilled, are {@code MISSING_IN_STORE}; other tags are counted as foreign and left alone;
 *   <li>a stored filled quantity, or a traded leg's quantity, that is not the broker's is {@code QUANTITY_MISMATCH};
 *   <li>a filled order or traded leg stored at a zero or no price is {@code ZERO_PRICE} (checked on every stored order,
 *       any day); any other stored price a paisa or more from the broker's exact average is {@code PRICE_MISMATCH}.
 *       Both carry a {@link PriceFix} to the broker's average, rounded half-even to the paisa, when the broker has it.
 * </ul>
 *
 * Stateless.
 */
public final class FillReconciler {

    /** The tag {@link io.optionsv4.core.trade.CorrelationId#of} gives our orders. */
    static final Pattern OURS = Pattern.compile("[A-Za-z0-9]{1,6}-\\d+-\\d+[EXU]\\d+");

    private FillReconciler() {}

    /**
     * Returns the differences between {@code stored} and {@code brokerTrades}.
     *
     * @param stored the stored orders ({@link FillStore#fills})
     * @param brokerTrades the broker's trade book
     * @param day the trading day (India) whose stored fills must all be at the broker
     */
    public static Reconciliation reconcile(List<StoredFill> stored, List<Fill> brokerTrades, LocalDate day) {
        Checks.notNull(stored, "stored");
        Checks.notNull(brokerTrades, "brokerTrades");
        Checks.notNull(day, "day");
        Map<String, BrokerTotal> byTag = new LinkedHashMap<>();
        Map<String, String> tagByOrderId = new LinkedHashMap<>();
        for (Fill f : brokerTrades) {
            String tag = f.correlationId().value();
            byTag.computeIfAbsent(tag, t -> new BrokerTotal()).add(f);
            tagByOrderId.putIfAbsent(f.orderId(), tag);
        }
        List<FillDifference> differences = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        int compared = 0;
        for (StoredFill s : stored) {
            String tag = byTag.containsKey(s.correlationId())
                    ? s.correlationId()
                    : s.brokerOrderId().map(tagByOrderId::get).orElse(null);
            Optional<BrokerTotal> broker = Optional.ofNullable(tag).map(byTag::get);
            broker.ifPresent(b -> matched.add(tag));
            boolean ofTheDay =
                    s.createdAt().atZone(StrategyOutcome.INDIA).toLocalDate().equals(day);
            if (broker.isPresent() || ofTheDay) {
                compared++;
                compare(s, broker, differences);
            } else {
                zeroPrices(s, differences);
            }
        }
        int foreign = 0;
        for (Map.Entry<String, BrokerTotal> e : byTag.entrySet()) {
            if (matched.contains(e.getKey())) {
                continue;
            }
            if (OURS.matcher(e.getKey()).matches()) {
                BrokerTotal b = e.getValue();
                differences.add(new FillDifference(
                        FillDifference.Kind.MISSING_IN_STORE,
                        e.getKey(),
                        b.contract,
                        "the broker filled " + b.quantity + " at " + b.averageText() + "; no stored order",
                        Optional.empty()));
            } else {
                foreign += e.getValue().trades;
            }
        }
        return new Reconciliation(day, compared, brokerTrades.size(), foreign, differences);
    }

    private static void compare(StoredFill s, Optional<BrokerTotal> broker, List<FillDifference> out) {
        if (broker.isEmpty()) {
            if (s.filledQuantity() > 0) {
                out.add(difference(
                        FillDifference.Kind.MISSING_AT_BROKER,
                        s,
                        "stored as filled " + s.filledQuantity() + "; the broker has no trade for it",
                        Optional.empty()));
            }
            zeroPrices(s, out);
            return;
        }
        BrokerTotal b = broker.get();
        if (s.filledQuantity() == 0) {
            out.add(difference(
                    FillDifference.Kind.MISSING_IN_STORE,
                    s,
                    "the broker filled " + b.quantity + " at " + b.averageText() + "; stored unfilled",
                    Optional.empty()));
            return;
        }
        if (s.filledQuantity() != b.quantity) {
            out.add(difference(
                    FillDifference.Kind.QUANTITY_MISMATCH,
                    s,
                    "stored filled " + s.filledQuantity() + ", the broker " + b.quantity,
                    Optional.empty()));
        }
        price(s, PriceFix.Target.ORDER, s.orderId(), s.averagePrice(), Optional.of(b), out);
        for (StoredTradePrice t : s.trades()) {
            if (t.quantity() != b.quantity) {
                out.add(difference(
                        FillDifference.Kind.QUANTITY_MISMATCH,
                        s,
                        "trade " + t.tradeId() + " holds " + t.quantity() + ", the broker filled " + b.quantity,
                        Optional.empty()));
            }
            price(s, t.role(), t.tradeId(), Optional.of(t.price()), Optional.of(b), out);
        }
    }

    private static void zeroPrices(StoredFill s, List<FillDifference> out) {
        if (s.filledQuantity() > 0) {
            price(s, PriceFix.Target.ORDER, s.orderId(), s.averagePrice(), Optional.empty(), out);
        }
        for (StoredTradePrice t : s.trades()) {
            price(s, t.role(), t.tradeId(), Optional.of(t.price()), Optional.empty(), out);
        }
    }

    private static void price(
            StoredFill s,
            PriceFix.Target target,
            long rowId,
            Optional<Money> stored,
            Optional<BrokerTotal> broker,
            List<FillDifference> out) {
        String what = switch (target) {
            case ORDER -> "average price";
            case TRADE_ENTRY -> "trade " + rowId + " entry price";
            case TRADE_EXIT -> "trade " + rowId + " exit price";
        };
        Optional<PriceFix> fix = broker.filter(b -> b.value.signum() > 0)
                .map(b -> new PriceFix(target, rowId, s.correlationId(), stored, b.roundedAverage()));
        if (stored.isEmpty() || stored.get().isZero()) {
            String brokerText =
                    broker.map(b -> "the broker's is " + b.averageText()).orElse("no broker trade to repair it from");
            out.add(difference(
                    FillDifference.Kind.ZERO_PRICE,
                    s,
                    what + " stored as " + stored.map(m -> "₹" + m).orElse("nothing") + "; " + brokerText,
                    fix));
        } else if (broker.isPresent() && broker.get().differs(stored.get())) {
            out.add(difference(
                    FillDifference.Kind.PRICE_MISMATCH,
                    s,
                    what + " stored ₹" + stored.get() + ", the broker's "
                            + broker.get().averageText(),
                    fix));
        }
    }

    private static FillDifference difference(
            FillDifference.Kind kind, StoredFill s, String detail, Optional<PriceFix> fix) {
        return new FillDifference(kind, s.correlationId(), s.contract(), detail, fix);
    }

    /** The broker's trades of one order tag, summed exactly. */
    private static final class BrokerTotal {
        private int trades;
        private int quantity;
        private BigDecimal value = BigDecimal.ZERO;
        private String contract = "";

        void add(Fill f) {
            trades++;
            quantity += f.quantity();
            value = value.add(BigDecimal.valueOf(f.value().paise()));
            contract = f.instrument().displayName();
        }

        /** True when {@code stored} per unit is a paisa or more from the exact average: |stored × q − value| ≥ q. */
        boolean differs(Money stored) {
            BigDecimal gap = BigDecimal.valueOf(stored.paise())
                    .multiply(BigDecimal.valueOf(quantity))
                    .subtract(value)
                    .abs();
            return gap.compareTo(BigDecimal.valueOf(quantity)) >= 0;
        }

        Money roundedAverage() {
            return Money.ofPaise(value.divide(BigDecimal.valueOf(quantity), 0, RoundingMode.HALF_EVEN)
                    .longValueExact());
        }

        String averageText() {
            BigDecimal rupees = value.divide(BigDecimal.valueOf(quantity), 4, RoundingMode.HALF_EVEN)
                    .movePointLeft(2)
                    .stripTrailingZeros();
            return "₹" + (rupees.scale() < 2 ? rupees.setScale(2) : rupees).toPlainString();
        }
    }
}
