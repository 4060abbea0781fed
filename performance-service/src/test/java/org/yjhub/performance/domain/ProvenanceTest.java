package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTest {

    @Test
    void aSourceIsTrimmedAndBlankMeansNone() {
        assertThat(Provenance.normaliseSource("  Plan 2019/20, table 3 ")).isEqualTo("Plan 2019/20, table 3");
        assertThat(Provenance.normaliseSource("   ")).isNull();
        assertThat(Provenance.normaliseSource(null)).isNull();
    }

    @Test
    void aSourceHasAtMost500CharactersAsSentSpacesIncluded() {
        assertThat(Provenance.sourceProblem("x".repeat(500))).isEmpty();
        // the bound the OpenAPI document declares (maxLength 500) is the one enforced: the text as sent, not as trimmed
        assertThat(Provenance.sourceProblem(" " + "x".repeat(498) + " ")).isEmpty();
        assertThat(Provenance.sourceProblem(" " + "x".repeat(500) + " ")).hasValueSatisfying(m -> assertThat(m).contains("(it has 502)"));
        assertThat(Provenance.sourceProblem("x".repeat(501))).hasValueSatisfying(m -> assertThat(m).contains("500"));
    }

    @Test
    void syntheticCellsAreTrueFalseOrEmpty() {
        assertThat(Provenance.parseSynthetic(null)).isFalse();
        assertThat(Provenance.parseSynthetic("")).isFalse();
        assertThat(Provenance.parseSynthetic(" TRUE ")).isTrue();
        assertThat(Provenance.parseSynthetic("false")).isFalse();
        assertThat(Provenance.parseSynthetic("yes")).isNull();
        assertThat(Provenance.parseSynthetic("1")).isNull();
    }

    @Test
    void aSourceIsPlainTextWithoutControlCharactersOrBrokenSurrogates() {
        assertThat(Provenance.sourceProblem("Plan 2019/20,\ttable 3\r\nsee note \u00e9 \ud83d\ude00")).isEmpty();
        assertThat(Provenance.sourceProblem("plan\u0000 3")).hasValueSatisfying(m -> assertThat(m).contains("character 5 is U+0000"));
        assertThat(Provenance.sourceProblem("plan \u001b[31m")).hasValueSatisfying(m -> assertThat(m).contains("U+001B"));
        assertThat(Provenance.sourceProblem("plan \u0085")).hasValueSatisfying(m -> assertThat(m).contains("U+0085"));
        assertThat(Provenance.sourceProblem("half \ud800 pair")).hasValueSatisfying(m -> assertThat(m).contains("U+D800"));
        assertThat(Provenance.sourceProblem("reversed \ude00\ud83d")).hasValueSatisfying(m -> assertThat(m).contains("U+DE00"));
        assertThat(Provenance.sourceProblem("ends high \ud83d")).hasValueSatisfying(m -> assertThat(m).contains("U+D83D"));
    }
}
