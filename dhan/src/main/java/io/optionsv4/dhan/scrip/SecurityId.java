package io.optionsv4.dhan.scrip;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.result.Checks;

/**
 * Dhan's identity of an instrument: the {@code securityId} of the scrip master, which is unique only within its
 * exchange segment, together with that segment.
 *
 * @param segment the exchange segment ({@code IDX_I} for indices, {@code NSE_EQ} for stocks, {@code NSE_FNO} for
 *     options)
 * @param id the security id, {@code > 0}
 */
public record SecurityId(ExchangeSegment segment, long id) {

    /**
     * Validates the id.
     *
     * @throws IllegalArgumentException when the segment is null or the id not positive
     */
    public SecurityId {
        Checks.notNull(segment, "segment");
        Checks.argument(id > 0, "security id must be > 0 but was " + id);
    }

    /** Returns {@code SEGMENT:id}, e.g. {@code IDX_I:13}. */
    @Override
    public String toString() {
        return segment + ":" + id;
    }
}
