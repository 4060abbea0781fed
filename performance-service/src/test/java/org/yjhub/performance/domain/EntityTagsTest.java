package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    @Test
    void anETagIsTheQuotedRevision() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void absentHeaderIsNoCondition() {
        assertThat(EntityTags.parse(null)).isNull();
        assertThat(EntityTags.parse("  ")).isNull();
    }

    @Test
    void aTagMatchesOnlyItsRevision() {
        EntityTags.Condition c = EntityTags.parse("\"2\"");
        assertThat(c.matches(2)).isTrue();
        assertThat(c.matches(3)).isFalse();
        assertThat(c.matches(0)).isFalse();
    }

    @Test
    void aListMatchesAnyOfItsRevisionsAndABareNumberIsAccepted() {
        EntityTags.Condition c = EntityTags.parse(" \"1\" , \"4\",7");
        assertThat(c.revisions()).containsExactlyInAnyOrder(1L, 4L, 7L);
        assertThat(c.matches(4)).isTrue();
        assertThat(c.matches(7)).isTrue();
        assertThat(c.matches(2)).isFalse();
    }

    @Test
    void starMatchesAnythingThatExists() {
        EntityTags.Condition c = EntityTags.parse("*");
        assertThat(c.matches(1)).isTrue();
        assertThat(c.matches(0)).isFalse();
        assertThat(c.toString()).isEqualTo("*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"1\"", "abc", "\"1", "\"\"", "\"-1\"", "\"1\",,\"2\"", "\"12345678901234567890\""})
    void anythingElseIsRefused(String header) {
        assertThatThrownBy(() -> EntityTags.parse(header)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entity tag");
    }
}
