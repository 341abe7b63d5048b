package io.optionsv4.dhan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.scrip.SecurityId;
import io.optionsv4.dhan.wire.MarketQuoteItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls {@code /marketfeed/ltp|ohlc|quote} for any number of instruments: splits them into requests of at most
 * {@value #MAX_INSTRUMENTS} ids (the documented maximum, all segments together), each body a map from segment to
 * integer ids ({@code {"IDX_I": [13, 21]}}), and merges the answers. Instruments Dhan does not answer for are absent
 * from the result. Thread-safe (the client spaces the calls).
 */
final class MarketFeedCalls {

    /** Instruments per request at most. */
    static final int MAX_INSTRUMENTS = 1000;

    private final DhanRestClient client;

    MarketFeedCalls(DhanRestClient client) {
        this.client = client;
    }

    /** Returns Dhan's item per instrument for {@code endpoint}, one request per {@value #MAX_INSTRUMENTS} ids. */
    Map<SecurityId, MarketQuoteItem> fetch(DhanEndpoint endpoint, List<SecurityId> ids) {
        List<SecurityId> distinct = ids.stream().distinct().toList();
        Map<SecurityId, MarketQuoteItem> items = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += MAX_INSTRUMENTS) {
            List<SecurityId> batch = distinct.subList(from, Math.min(distinct.size(), from + MAX_INSTRUMENTS));
            JsonNode data = DhanMarketData.data(endpoint, client.post(endpoint, body(batch)));
            for (SecurityId id : batch) {
                JsonNode item = data.path(id.segment().name()).path(Long.toString(id.id()));
                if (item.isObject()) {
                    items.put(id, read(endpoint, item));
                }
            }
        }
        return items;
    }

    private MarketQuoteItem read(DhanEndpoint endpoint, JsonNode item) {
        try {
            return client.json().treeToValue(item, MarketQuoteItem.class);
        } catch (JsonProcessingException e) {
            throw new MarketDataException(
                    "Dhan " + endpoint.label() + " sent an unreadable item: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, List<Long>> body(List<SecurityId> batch) {
        Map<String, List<Long>> body = new LinkedHashMap<>();
        for (SecurityId id : batch) {
            body.computeIfAbsent(id.segment().name(), k -> new ArrayList<>()).add(id.id());
        }
        return body;
    }
}
