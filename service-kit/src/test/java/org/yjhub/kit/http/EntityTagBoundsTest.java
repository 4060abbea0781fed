package org.yjhub.kit.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.kit.problem.ProblemException;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pattern the documents declare for If-Match and If-None-Match accepts exactly what EntityTags parses. */
class EntityTagBoundsTest {

    private static final Pattern TAGS = Pattern.compile(Bounds.ENTITY_TAGS);

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"1\"", "W/\"1\"", "\"1\", \"2\"", "\"1\",W/\"2\"", "\"9c1f04e2\"", "\"\"", "2", "\"1",
            "W/1", "**", "\"1\" \"2\"", "\"a\"b\"", "free text"})
    void thePatternAgreesWithTheParser(String header) {
        boolean parses;
        try {
            EntityTags.parse(EntityTags.IF_MATCH, header);
            parses = true;
        } catch (ProblemException e) {
            parses = false;
        }
        assertThat(TAGS.matcher(header).matches()).as(header).isEqualTo(parses);
    }
}
