package io.optionsv4.dhan.feed;

import io.optionsv4.dhan.scrip.SecurityId;
import java.util.List;

/** The JSON requests of Dhan's live feed (reference section 4.3) and the meanings of its disconnect codes. */
final class DhanFeedRequests {

    private DhanFeedRequests() {}

    /**
     * Returns {@code {"RequestCode": code, "InstrumentCount": n, "InstrumentList": [{"ExchangeSegment": "NSE_FNO",
     * "SecurityId": "41012"}, ...]}}: the segment as its string enum, the id as a string.
     */
    static String message(int requestCode, List<SecurityId> ids) {
        StringBuilder out = new StringBuilder(64 + 48 * ids.size());
        out.append("{\"RequestCode\":")
                .append(requestCode)
                .append(",\"InstrumentCount\":")
                .append(ids.size())
                .append(",\"InstrumentList\":[");
        for (int i = 0; i < ids.size(); i++) {
            SecurityId id = ids.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"ExchangeSegment\":\"")
                    .append(id.segment().name())
                    .append("\",\"SecurityId\":\"")
                    .append(id.id())
                    .append("\"}");
        }
        return out.append("]}").toString();
    }

    /** Returns the meaning of a feed disconnect code (reference sections 1.4 and 4.5). */
    static String reason(int code) {
        return switch (code) {
            case 805 -> "too many requests or connections";
            case 806 -> "Data APIs not subscribed";
            case 807 -> "access token expired";
            case 808 -> "authentication failed";
            case 809 -> "access token invalid";
            case 810 -> "client id invalid";
            default -> "undocumented code";
        };
    }
}
