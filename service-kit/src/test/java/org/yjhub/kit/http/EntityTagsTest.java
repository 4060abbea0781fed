package org.yjhub.kit.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.kit.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    @Test
    void theTagOfARevisionIsItsNumberInDoubleQuotes() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void anAbsentOrBlankHeaderIsNoCondition() {
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, null)).isNull();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "  ")).isNull();
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagNeverMatches() {
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "\"3\"").strongMatch(3)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "W/\"3\"").strongMatch(3)).isFalse();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "\"2\"").strongMatch(3)).isFalse();
    }

    @Test
    void ifNoneMatchComparesWeaklySoAWeakTagMatchesItsRevision() {
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "W/\"3\"").weakMatch(3)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "\"3\"").weakMatch(3)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "\"4\"").weakMatch(3)).isFalse();
    }

    @Test
    void aListMatchesWhenAnyOfItsTagsDoesWhateverTheSpacing() {
        EntityTags.Condition c = EntityTags.parse(EntityTags.IF_MATCH, " \"1\",\"5\" ,  \"3\" ");
        assertThat(c.tags()).extracting(EntityTags.Tag::opaque).containsExactly("1", "5", "3");
        assertThat(c.strongMatch(3)).isTrue();
        assertThat(c.strongMatch(4)).isFalse();
    }

    @Test
    void aCommaInsideAQuotedTagIsPartOfTheTag() {
        EntityTags.Condition c = EntityTags.parse(EntityTags.IF_MATCH, "\"a,b\", \"3\"");
        assertThat(c.tags()).extracting(EntityTags.Tag::opaque).containsExactly("a,b", "3");
    }

    @Test
    void starMatchesAnyExistingRevisionButNotAMissingResource() {
        EntityTags.Condition star = EntityTags.parse(EntityTags.IF_MATCH, "*");
        assertThat(star.any()).isTrue();
        assertThat(star.strongMatch(1)).isTrue();
        assertThat(star.strongMatch(0)).isFalse();
        assertThat(star.weakMatch(0)).isFalse();
    }

    @Test
    void aWellFormedTagOfAnotherShapeIsNotMalformedItSimplyNeverMatches() {
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "\"abc\"").strongMatch(3)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "W/3", "\"3", "\"3\" \"4\"", "\"a b\"", "W/", ",", "abc", "\"3\"x"})
    void aHeaderOutsideTheGrammarIsA400NamingTheHeader(String header) {
        assertThatThrownBy(() -> EntityTags.parse(EntityTags.IF_MATCH, header))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("If-Match '").contains("malformed");
                });
    }

    @Test
    void theConditionPrintsAsItWouldBeSent() {
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "W/\"2\",\"3\"")).hasToString("W/\"2\", \"3\"");
    }

    /** Cases the services' own parsers refused, which RFC 9110's grammar allows: well formed, so 412 when stale, not 400. */
    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"-1\"", "\"two\"", "\"1\",,\"2\"", "\"1\",", "\"12345678901234567890\""})
    void aWellFormedHeaderIsNotA400EvenWhenItCanNameNoRevision(String header) {
        EntityTags.Condition c = EntityTags.parse(EntityTags.IF_MATCH, header);
        assertThat(c.any()).isFalse();
        assertThat(c.strongMatch(3)).isFalse();
        assertThat(c.weakMatch(3)).isFalse();
    }

    @Test
    void emptyListElementsAreSkippedAsRfc9110Requires() {
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, ", \"1\",, W/\"2\" ,").tags())
                .containsExactly(new EntityTags.Tag(false, "1"), new EntityTags.Tag(true, "2"));
    }

    @Test
    void aBareNumberInAListIsMalformedEvenNextToAGoodTag() {
        assertThatThrownBy(() -> EntityTags.parse(EntityTags.IF_MATCH, "\"1\", 7"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void starMustStandAlone() {
        assertThatThrownBy(() -> EntityTags.parse(EntityTags.IF_NONE_MATCH, "*, \"1\""))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("If-None-Match '"));
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, " * ").any()).isTrue();
    }

    @Test
    void theWeakPrefixIsCaseSensitive() {
        assertThatThrownBy(() -> EntityTags.parse(EntityTags.IF_MATCH, "w/\"1\""))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aLongMalformedHeaderIsShortenedInTheMessage() {
        assertThatThrownBy(() -> EntityTags.parse(EntityTags.IF_MATCH, "x".repeat(5000)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void tagsOfAnyShapeCompareAsRfc9110Says() {
        EntityTags.Tag hash = EntityTags.tag("\"a1b2\"");
        EntityTags.Tag weakHash = EntityTags.tag("W/\"a1b2\"");
        assertThat(hash).isEqualTo(new EntityTags.Tag(false, "a1b2"));
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "W/\"a1b2\"").weakMatch(hash)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "\"a1b2\"").weakMatch(weakHash)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_NONE_MATCH, "\"c3\"").weakMatch(hash)).isFalse();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "\"a1b2\"").strongMatch(hash)).isTrue();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "W/\"a1b2\"").strongMatch(hash)).isFalse();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "\"a1b2\"").strongMatch(weakHash)).isFalse();
        assertThat(EntityTags.parse(EntityTags.IF_MATCH, "*").strongMatch(weakHash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1b2", "\"1\", \"2\"", "*", " "})
    void aServersOwnTagMustBeExactlyOneEntityTag(String etag) {
        assertThatThrownBy(() -> EntityTags.tag(etag)).isInstanceOf(IllegalArgumentException.class);
    }
}
