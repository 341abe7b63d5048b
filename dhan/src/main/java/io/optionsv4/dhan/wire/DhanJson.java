package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of Dhan's wire format: unknown keys are ignored (the API adds keys over time), numbers written as
 * strings are accepted, and absent keys stay {@code null} in the DTOs (the mapper decides what an absent value means).
 */
public final class DhanJson {

    private DhanJson() {}

    /** Returns a new mapper with these settings; mappers are thread-safe once built, share one per client. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
