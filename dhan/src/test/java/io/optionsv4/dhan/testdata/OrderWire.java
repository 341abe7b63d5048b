package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON records of the fake's trading answers, keys exactly as the reference's section 3 spells them. */
final class OrderWire {

    private OrderWire() {}

    /** {@code {orderId, orderStatus}}: the answer of place, modify and cancel. */
    record OrderStatus(String orderId, String orderStatus) {}

    /** An order of the order book (reference section 3.5); absent values are JSON {@code null}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Order(
            String dhanClientId,
            String orderId,
            String exchangeOrderId,
            String correlationId,
            String orderStatus,
            String transactionType,
            String exchangeSegment,
            String productType,
            String orderType,
            String validity,
            String tradingSymbol,
            String securityId,
            long quantity,
            long disclosedQuantity,
            double price,
            double triggerPrice,
            boolean afterMarketOrder,
            double boProfitValue,
            double boStopLossValue,
            String legName,
            String createTime,
            String updateTime,
            String exchangeTime,
            String drvExpiryDate,
            String drvOptionType,
            double drvStrikePrice,
            String omsErrorCode,
            String omsErrorDescription,
            String algoId,
            long remainingQuantity,
            double averageTradedPrice,
            long filledQty) {}

    /** A trade of the trade book (reference section 3.6). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Trade(
            String dhanClientId,
            String orderId,
            String exchangeOrderId,
            String exchangeTradeId,
            String transactionType,
            String exchangeSegment,
            String productType,
            String orderType,
            String tradingSymbol,
            String securityId,
            long tradedQuantity,
            double tradedPrice,
            String createTime,
            String updateTime,
            String exchangeTime,
            String drvExpiryDate,
            String drvOptionType,
            double drvStrikePrice) {}

    /** A position (reference section 3.7). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Position(
            String dhanClientId,
            String tradingSymbol,
            String securityId,
            String positionType,
            String exchangeSegment,
            String productType,
            double buyAvg,
            double costPrice,
            long buyQty,
            double sellAvg,
            long sellQty,
            long netQty,
            double realizedProfit,
            double unrealizedProfit,
            double rbiReferenceRate,
            int multiplier,
            long carryForwardBuyQty,
            long carryForwardSellQty,
            double carryForwardBuyValue,
            double carryForwardSellValue,
            long dayBuyQty,
            long daySellQty,
            double dayBuyValue,
            double daySellValue,
            String drvExpiryDate,
            String drvOptionType,
            double drvStrikePrice,
            boolean crossCurrency) {}

    /** {@code {"Type": "order_alert", "Data": {...}}} of the order-update stream (reference section 5). */
    record Alert(
            @JsonProperty("Type") String type,
            @JsonProperty("Data") AlertData data) {}

    /** The PascalCase {@code Data} of an order alert, with the stream's abbreviated codes. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AlertData(
            @JsonProperty("Exchange") String exchange,
            @JsonProperty("Segment") String segment,
            @JsonProperty("Source") String source,
            @JsonProperty("SecurityId") String securityId,
            @JsonProperty("ClientId") String clientId,
            @JsonProperty("ExchOrderNo") String exchOrderNo,
            @JsonProperty("OrderNo") String orderNo,
            @JsonProperty("Product") String product,
            @JsonProperty("TxnType") String txnType,
            @JsonProperty("OrderType") String orderType,
            @JsonProperty("Validity") String validity,
            @JsonProperty("DiscQuantity") long discQuantity,
            @JsonProperty("DiscQtyRem") long discQtyRem,
            @JsonProperty("RemainingQuantity") long remainingQuantity,
            @JsonProperty("Quantity") long quantity,
            @JsonProperty("TradedQty") long tradedQty,
            @JsonProperty("Price") double price,
            @JsonProperty("TriggerPrice") double triggerPrice,
            @JsonProperty("TradedPrice") double tradedPrice,
            @JsonProperty("AvgTradedPrice") double avgTradedPrice,
            @JsonProperty("AlgoOrdNo") String algoOrdNo,
            @JsonProperty("OffMktFlag") String offMktFlag,
            @JsonProperty("OrderDateTime") String orderDateTime,
            @JsonProperty("ExchOrderTime") String exchOrderTime,
            @JsonProperty("LastUpdatedTime") String lastUpdatedTime,
            @JsonProperty("Remarks") String remarks,
            @JsonProperty("MktType") String mktType,
            @JsonProperty("ReasonDescription") String reasonDescription,
            @JsonProperty("LegNo") int legNo,
            @JsonProperty("Instrument") String instrument,
            @JsonProperty("Symbol") String symbol,
            @JsonProperty("ProductName") String productName,
            @JsonProperty("Status") String status,
            @JsonProperty("LotSize") int lotSize,
            @JsonProperty("StrikePrice") double strikePrice,
            @JsonProperty("ExpiryDate") String expiryDate,
            @JsonProperty("OptType") String optType,
            @JsonProperty("DisplayName") String displayName,
            @JsonProperty("Isin") String isin,
            @JsonProperty("Series") String series,
            @JsonProperty("GoodTillDaysDate") String goodTillDaysDate,
            @JsonProperty("RefLtp") double refLtp,
            @JsonProperty("TickSize") double tickSize,
            @JsonProperty("AlgoId") String algoId,
            @JsonProperty("Multiplier") int multiplier,
            @JsonProperty("CorrelationId") String correlationId) {}
}
