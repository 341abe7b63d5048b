package io.optionsv4.dhan.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The fake feed's packets are byte for byte the reference's worked vectors (section 4.8). */
class FeedFramesTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void test_ticker_matchesTheReferenceVector() {
        assertThat(FeedFrames.ticker(1, 1333, 1650.5f, 1_736_937_000))
                .isEqualTo(hex("02 10 00 01 35 05 00 00 00 50 ce 44 28 8e 87 67"));
    }

    @Test
    void test_quote_matchesTheReferenceVector() {
        byte[] quote = FeedFrames.quote(
                2,
                52_175,
                new FeedFrames.Trade(118.5f, 75, 1_736_937_000, 117.9f, 4_500_000),
                120_000,
                135_000,
                new FeedFrames.Ohlc(110.0f, 121.25f, 125.0f, 105.5f));

        assertThat(quote)
                .isEqualTo(hex("04 32 00 02 cf cb 00 00 00 00 ed 42 4b 00 28 8e 87 67 cd cc eb 42 20 aa 44 00"
                        + " c0 d4 01 00 58 0f 02 00 00 00 dc 42 00 80 f2 42 00 00 fa 42 00 00 d3 42"));
    }

    @Test
    void test_disconnect_matchesTheReferenceVector() {
        assertThat(FeedFrames.disconnect(805)).isEqualTo(hex("32 0a 00 00 00 00 00 00 25 03"));
    }
}
