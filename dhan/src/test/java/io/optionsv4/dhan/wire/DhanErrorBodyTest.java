package io.optionsv4.dhan.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.dhan.testdata.DhanFixtures;
import org.junit.jupiter.api.Test;

class DhanErrorBodyTest {

    private final ObjectMapper json = DhanJson.newMapper();

    private DhanErrorBody parse(String text) throws Exception {
        return DhanErrorBody.parse(json.readTree(text)).orElseThrow();
    }

    @Test
    void test_parse_tradingApiFixture() throws Exception {
        assertThat(parse(DhanFixtures.shared("error-trading-api.json")))
                .isEqualTo(new DhanErrorBody(
                        "DH-905", "Input_Exception", "Missing required fields, bad values for parameters etc."));
    }

    @Test
    void test_parse_dataApiFixture() throws Exception {
        assertThat(parse(DhanFixtures.shared("error-data-api.json")))
                .isEqualTo(new DhanErrorBody(
                        "805", "", "Too many requests. Further requests may result in the user being blocked."));
    }

    @Test
    void test_parse_variants() throws Exception {
        assertThat(parse("{\"errorCode\":901,\"status\":\"failure\"}")).isEqualTo(new DhanErrorBody("901", "", ""));
        assertThat(parse("{\"data\":{\"806\":\"Data APIs not subscribed\"}}").code())
                .as("data-API shape without status")
                .isEqualTo("806");
        assertThat(parse("{\"status\":\"failed\",\"remarks\":\"x\"}").code()).isEmpty();
    }

    @Test
    void test_parse_successIsNoError() throws Exception {
        assertThat(DhanErrorBody.parse(json.readTree(DhanFixtures.shared("marketfeed-ltp.json"))))
                .isEmpty();
        assertThat(DhanErrorBody.parse(json.readTree(DhanFixtures.shared("charts-historical.json"))))
                .isEmpty();
        assertThat(DhanErrorBody.parse(json.readTree("[1,2]"))).isEmpty();
    }
}
