package org.yjhub.kit.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedResponsesTest {

    private static final String ETAG = "\"a1b2\"";

    @Test
    void theSameTagWeakOrNotOrAnyMatches() {
        assertThat(PreparedResponses.matches(ETAG, ETAG)).isTrue();
        assertThat(PreparedResponses.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(PreparedResponses.matches("\"other\", " + ETAG, ETAG)).isTrue();
        assertThat(PreparedResponses.matches("*", ETAG)).isTrue();
    }

    @Test
    void anotherTagNoneOrAMalformedHeaderMisses() {
        assertThat(PreparedResponses.matches("\"other\"", ETAG)).isFalse();
        assertThat(PreparedResponses.matches(null, ETAG)).isFalse();
        assertThat(PreparedResponses.matches(" ", ETAG)).isFalse();
        assertThat(PreparedResponses.matches("a1b2", ETAG)).isFalse();
        assertThat(PreparedResponses.matches("\"\\u0000\", W/, ,,", ETAG)).isFalse();
    }

    @Test
    void aBodysTagIsAHashOfItsBytesAndMediaType() {
        byte[] bytes = "[1]".getBytes();
        assertThat(Body.of(bytes, Body.JSON).etag()).isEqualTo(Body.of("[1]".getBytes(), Body.JSON).etag())
                .matches("\"[0-9a-f]{24}\"")
                .isNotEqualTo(Body.of("[2]".getBytes(), Body.JSON).etag())
                .isNotEqualTo(Body.of(bytes, "text/csv").etag());
    }
}
