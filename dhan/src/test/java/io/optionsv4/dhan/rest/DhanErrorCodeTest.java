package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.rest.DhanErrorCode.Handling;
import org.junit.jupiter.api.Test;

class DhanErrorCodeTest {

    @Test
    void test_find_bothFamiliesAndSpellings() {
        assertThat(DhanErrorCode.find("DH-901")).contains(DhanErrorCode.DH_901);
        assertThat(DhanErrorCode.find("dh-904")).contains(DhanErrorCode.DH_904);
        assertThat(DhanErrorCode.find("905"))
                .as("numeric errorCode seen in fixtures")
                .contains(DhanErrorCode.DH_905);
        assertThat(DhanErrorCode.find("805")).contains(DhanErrorCode.DATA_805);
        assertThat(DhanErrorCode.find("999")).isEmpty();
        assertThat(DhanErrorCode.find("Input_Exception")).isEmpty();
        assertThat(DhanErrorCode.find(null)).isEmpty();
    }

    @Test
    void test_handling_retriesOnlyThrottlingAndServerTrouble() {
        assertThat(DhanErrorCode.values())
                .filteredOn(DhanErrorCode::isRetryable)
                .containsExactlyInAnyOrder(
                        DhanErrorCode.DH_904,
                        DhanErrorCode.DH_908,
                        DhanErrorCode.DH_909,
                        DhanErrorCode.DATA_800,
                        DhanErrorCode.DATA_805);
        assertThat(DhanErrorCode.values())
                .filteredOn(c -> c.handling() == Handling.AUTHENTICATION)
                .containsExactlyInAnyOrder(
                        DhanErrorCode.DH_901,
                        DhanErrorCode.DATA_807,
                        DhanErrorCode.DATA_808,
                        DhanErrorCode.DATA_809,
                        DhanErrorCode.DATA_810);
    }

    @Test
    void test_code_writtenAsDhanDoes() {
        assertThat(DhanErrorCode.DH_911.code()).isEqualTo("DH-911");
        assertThat(DhanErrorCode.DH_911.errorType()).isEqualTo("Invalid_IP");
        assertThat(DhanErrorCode.DATA_813.code()).isEqualTo("813");
        assertThat(DhanErrorCode.DATA_813.meaning()).isEqualTo("invalid security id");
    }

    @Test
    void test_isRetryable_unknownCodeDecidedByStatus() {
        assertThat(new DhanApiException(DhanErrorCode.UNKNOWN, 502, "POST /x", "").isRetryable())
                .isTrue();
        assertThat(new DhanApiException(DhanErrorCode.UNKNOWN, 429, "POST /x", "").isRetryable())
                .isTrue();
        assertThat(new DhanApiException(DhanErrorCode.UNKNOWN, 404, "POST /x", "").isRetryable())
                .isFalse();
        assertThat(new DhanApiException(DhanErrorCode.DH_904, 400, "POST /x", "").isRetryable())
                .isTrue();
    }
}
