package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Masking holds for any password: every URL-special character, raw or percent-encoded, never shows. */
class ConnectionUrlMaskingProperties {

    private static final String SPECIAL = "/?#@:%&=+ ;,$!*'()[]\\\"<>{}|^~`";

    @Property(tries = 1000)
    void test_mask_neverShowsThePassword(@ForAll("passwords") String password) {
        String url = "postgresql://optuser:" + password + "@db.example.com:5432/postgres?sslmode=require";

        assertThat(ConnectionUrl.mask(url)).doesNotContain(password);
        assertThat(ConnectionUrl.mask("jdbc:postgresql://h/db?user=a&password=" + password + "&ssl=true"))
                .doesNotContain(password);
        try {
            ConnectionUrl parsed = ConnectionUrl.parse(url);
            assertThat(parsed.toString()).doesNotContain(password);
            assertThat(parsed.jdbcUrl()).doesNotContain(password);
            if (!password.contains("%")) {
                assertThat(parsed.password()).contains(password);
            }
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain(password);
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        Arbitrary<String> core = Arbitraries.strings()
                .withChars(SPECIAL + "abcXYZ019")
                .ofMinLength(1)
                .ofMaxLength(24);
        Arbitrary<Character> special = Arbitraries.of(SPECIAL.toCharArray());
        return net.jqwik.api.Combinators.combine(core, special, core).as((a, s, b) -> "Hunter" + a + s + b + "Quokka");
    }
}
