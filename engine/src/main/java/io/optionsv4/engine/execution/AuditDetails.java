package io.optionsv4.engine.execution;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** The details of the audit lines of orders: the request, the state, a broker failure, a broker event. */
final class AuditDetails {

    private AuditDetails() {}

    static Map<String, String> request(OrderRecord o) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("instrument", o.request().instrument().displayName());
        d.put("side", o.request().side().name());
        d.put("quantity", Integer.toString(o.request().quantity()));
        d.put("lots", Integer.toString(o.request().lots()));
        d.put("limit", o.limit().toString());
        return d;
    }

    static Map<String, String> state(OrderRecord o) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("filled_quantity", Integer.toString(o.filledQuantity()));
        d.put("filled_value", o.filledValue().toString());
        d.put("limit", o.limit().toString());
        if (!o.reason().isEmpty()) {
            d.put("reason", o.reason());
        }
        return d;
    }

    static Map<String, String> failure(BrokerException e) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", e.kind().name());
        d.put("code", e.code());
        d.put("message", String.valueOf(e.getMessage()));
        return d;
    }

    static Map<String, String> event(OrderEvent e) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("type", e.getClass().getSimpleName());
        d.put("broker_order_id", e.order().orderId());
        d.put("status", e.order().status().name());
        d.put("filled_quantity", Integer.toString(e.order().filledQuantity()));
        d.put("filled_value", e.order().filledValue().toString());
        switch (e) {
            case OrderEvent.PartiallyFilled p -> fill(d, p.fill());
            case OrderEvent.Filled f -> fill(d, f.fill());
            case OrderEvent.Accepted a ->
                d.put("limit", "" + a.order().request().limitPrice().orElse(Money.ZERO));
            case OrderEvent.Cancelled c -> d.put("reason", c.order().reason());
            case OrderEvent.Rejected r -> d.put("reason", r.order().reason());
            case OrderEvent.Expired x -> d.put("reason", x.order().reason());
        }
        return d;
    }

    private static void fill(Map<String, String> d, Fill fill) {
        d.put("trade_id", fill.tradeId());
        d.put("fill_quantity", Integer.toString(fill.quantity()));
        d.put("fill_price", fill.price().toString());
    }
}
