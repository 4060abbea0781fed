package org.yjhub.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void textWithTabsLineBreaksAccentsAndEmojiIsPlain() {
        assertThat(PlainText.problem(null)).isEmpty();
        assertThat(PlainText.problem("Strengthening Families,\ttable 3\r\nÉcole \ud83d\ude00")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[2J", "bell\u0007", "next line\u0085", "\u007f", "half \ud800", "\udc00 low first",
            "ends high \ud83d"})
    void controlCharactersAndBrokenSurrogatesAreNot(String text) {
        assertThat(PlainText.problem(text)).hasValueSatisfying(m -> assertThat(m).startsWith("must be plain text: character"));
    }

    @Test
    void theProblemNamesThePositionAndTheCodePoint() {
        assertThat(PlainText.problem("ab\u0000")).contains("must be plain text: character 3 is U+0000, which is not allowed");
    }
}
