package org.yjhub.common.bounds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The declared patterns say what the parsers accept: plain text as PlainText checks it, codes as the catalogue has them. */
class BoundsTest {

    private static final Pattern PLAIN = Pattern.compile(Bounds.PLAIN_TEXT);

    @ParameterizedTest
    @ValueSource(strings = {"", "Milton Keynes Youth Justice Plan 2019/20, table 3", "tab\there", "lines\r\nand\nmore",
            "ünïcödé – “quotes” €", "\u0000", "bell\u0007", "escape\u001b[0m", "delete\u007f", "c1\u0085", "c1 end\u009f",
            "vertical\u000btab", "form\u000cfeed", "\u00a0no-break space"})
    void thePlainTextPatternAgreesWithPlainText(String text) {
        assertThat(PLAIN.matcher(text).matches()).as("%s", text.codePoints().boxed().toList())
                .isEqualTo(PlainText.problem(text).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void everyTeamCodeIsACodeWithinItsBound() {
        Pattern slug = Pattern.compile(Bounds.SLUG);
        assertThat(TeamCatalog.load().all()).allSatisfy(team -> {
            assertThat(team.code()).matches(slug);
            assertThat(team.code().length()).isLessThanOrEqualTo(Bounds.CODE_LENGTH);
        });
    }
}
