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
    void aSourceHasAtMost500Characters() {
        assertThat(Provenance.sourceProblem("x".repeat(500))).isEmpty();
        assertThat(Provenance.sourceProblem(" " + "x".repeat(500) + " ")).isEmpty();
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
}
