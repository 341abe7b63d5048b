package io.optionsv4.dhan.testdata;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One order of the fake's order book: mutable state guarded by the {@link FakeAccount}'s lock. */
final class FakeOrder {

    /** Orders whose status is one of these can still be modified, cancelled or filled. */
    static boolean isOpen(String status) {
        return "PENDING".equals(status) || "PART_TRADED".equals(status) || "TRANSIT".equals(status);
    }

    private static final Map<String, String> PRODUCT_LETTERS =
            Map.of("CNC", "C", "INTRADAY", "I", "MARGIN", "M", "MTF", "F", "CO", "V", "BO", "B");
    private static final Map<String, String> ORDER_TYPE_CODES =
            Map.of("LIMIT", "LMT", "MARKET", "MKT", "STOP_LOSS", "SL", "STOP_LOSS_MARKET", "SLM");

    final String orderId;
    final String exchangeOrderId;
    final Optional<String> correlationId;
    final FakeInstrument instrument;
    final boolean buy;
    final String productType;
    final boolean afterMarketOrder;
    final LocalDateTime createTime;
    String orderType;
    String validity;
    long quantity;
    long disclosedQuantity;
    double price;
    double triggerPrice;
    Optional<String> legName = Optional.empty();
    String status = "TRANSIT";
    LocalDateTime updateTime;
    Optional<String> omsErrorCode = Optional.empty();
    Optional<String> omsErrorDescription = Optional.empty();
    String reason = "CONFIRMED";
    long filled;
    double filledValue;
    double lastTradePrice;
    int modifications;

    FakeOrder(
            String orderId,
            String exchangeOrderId,
            Optional<String> correlationId,
            FakeInstrument instrument,
            boolean buy,
            String productType,
            boolean afterMarketOrder,
            LocalDateTime createTime) {
        this.orderId = orderId;
        this.exchangeOrderId = exchangeOrderId;
        this.correlationId = correlationId;
        this.instrument = instrument;
        this.buy = buy;
        this.productType = productType;
        this.afterMarketOrder = afterMarketOrder;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    long remaining() {
        return quantity - filled;
    }

    double averagePrice() {
        return filled == 0 ? 0 : FakeMargins.money(filledValue / filled);
    }

    boolean isMarket() {
        return "MARKET".equals(orderType) || "STOP_LOSS_MARKET".equals(orderType);
    }

    OrderWire.Order toJson() {
        return new OrderWire.Order(
                FakeDhanServer.CLIENT_ID,
                orderId,
                "TRANSIT".equals(status) ? null : exchangeOrderId,
                correlationId.orElse(null),
                status,
                buy ? "BUY" : "SELL",
                instrument.segment(),
                productType,
                orderType,
                validity,
                instrument.tradingSymbol(),
                Long.toString(instrument.securityId()),
                quantity,
                disclosedQuantity,
                price,
                triggerPrice,
                afterMarketOrder,
                0.0,
                0.0,
                legName.orElse(null),
                time(createTime),
                time(updateTime),
                time(updateTime),
                instrument.expiry().map(Object::toString).orElse(null),
                instrument.drvOptionType().orElse(null),
                instrument.strike(),
                omsErrorCode.orElse(null),
                omsErrorDescription.orElse(null),
                "0",
                remaining(),
                averagePrice(),
                filled);
    }

    OrderWire.Alert toAlert(double refLtp, boolean upperCaseStatus) {
        FakeInstrument i = instrument;
        return new OrderWire.Alert(
                "order_alert",
                new OrderWire.AlertData(
                        i.segment().startsWith("BSE") ? "BSE" : "NSE",
                        i.segmentLetter(),
                        "P",
                        Long.toString(i.securityId()),
                        FakeDhanServer.CLIENT_ID,
                        "TRANSIT".equals(status) ? "0" : exchangeOrderId,
                        orderId,
                        PRODUCT_LETTERS.get(productType),
                        buy ? "B" : "S",
                        ORDER_TYPE_CODES.get(orderType),
                        validity,
                        disclosedQuantity,
                        Math.min(disclosedQuantity, remaining()),
                        remaining(),
                        quantity,
                        filled,
                        price,
                        triggerPrice,
                        lastTradePrice,
                        averagePrice(),
                        null,
                        afterMarketOrder ? "1" : "0",
                        time(createTime),
                        time(updateTime),
                        time(updateTime),
                        "NA",
                        "NL",
                        reason,
                        1,
                        i.instrument(),
                        i.underlying(),
                        productType,
                        upperCaseStatus ? status : titleCase(status),
                        i.lotSize(),
                        i.strike(),
                        i.expiry().map(d -> d + " 14:30:00").orElse("0001-01-01 00:00:00"),
                        i.optionType(),
                        i.displayName(),
                        "NA",
                        "NA",
                        createTime.toLocalDate().toString(),
                        refLtp,
                        0.05,
                        "0",
                        1,
                        correlationId.orElse(null)));
    }

    /** {@code PART_TRADED} becomes {@code Part_Traded}, {@code TRADED} {@code Traded}, as the docs example shows. */
    static String titleCase(String status) {
        StringBuilder out = new StringBuilder();
        for (String word : status.split("_")) {
            if (!out.isEmpty()) {
                out.append('_');
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    static String time(LocalDateTime time) {
        return time.format(BodySchema.DATE_TIME);
    }
}
