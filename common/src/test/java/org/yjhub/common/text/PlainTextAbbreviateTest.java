package org.yjhub.common.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextAbbreviateTest {

    @Test
    void textUpToTheLimitIsQuotedWholeAndLongerTextIsCutWithAnEllipsis() {
        assertThat(PlainText.abbreviate("abc", 3)).isEqualTo("abc");
        assertThat(PlainText.abbreviate("abcd", 3)).isEqualTo("abc…");
    }

    @Test
    void nullIsQuotedAsNothing() {
        assertThat(PlainText.abbreviate(null, 40)).isEmpty();
    }
}
