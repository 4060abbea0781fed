package org.yjhub.performance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.common.reference.TeamCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRulesTest {

    private static final TeamCatalog CATALOG = TeamCatalog.load();
    private static final List<String> THAMES_VALLEY = List.of("milton-keynes", "buckinghamshire", "oxfordshire", "reading",
            "slough", "west-berkshire", "wokingham", "bracknell-forest", "windsor-and-maidenhead");

    private final GroupRules rules = new GroupRules(CATALOG);

    private GroupRules.Checked check(String name, String description, List<String> teams, String source) {
        return rules.check(new GroupInput(name, description, teams, source));
    }

    private static List<String> fields(GroupRules.Checked outcome) {
        return outcome.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aValidGroupIsNormalisedWithItsTeamsSorted() {
        GroupRules.Checked outcome = check("  Thames Valley ", "  ", THAMES_VALLEY, " Milton Keynes plan ");
        assertThat(outcome.valid()).isTrue();
        GroupRules.Definition d = outcome.definition();
        assertThat(d.name()).isEqualTo("Thames Valley");
        assertThat(d.description()).isNull();
        assertThat(d.source()).isEqualTo("Milton Keynes plan");
        assertThat(d.teams()).containsExactly("bracknell-forest", "buckinghamshire", "milton-keynes", "oxfordshire", "reading",
                "slough", "west-berkshire", "windsor-and-maidenhead", "wokingham");
    }

    @Test
    void theOrderOfTheTeamsDoesNotMatter() {
        List<String> reversed = new ArrayList<>(THAMES_VALLEY);
        Collections.reverse(reversed);
        assertThat(check("TV", null, reversed, null).definition())
                .isEqualTo(check("TV", null, THAMES_VALLEY, null).definition());
    }

    @Test
    void twoTeamsAreEnoughAndOneIsNot() {
        assertThat(check("Pair", null, List.of("medway", "kent"), null).valid()).isTrue();
        GroupRules.Checked one = check("Alone", null, List.of("medway"), null);
        assertThat(fields(one)).containsExactly("teams");
        assertThat(one.violations().get(0).message()).contains("at least 2");
        assertThat(fields(check("None", null, List.of(), null))).containsExactly("teams");
        assertThat(fields(check("Null", null, null, null))).containsExactly("teams");
    }

    @Test
    void moreThan200EntriesAreRefusedWithOneError() {
        List<String> many = Collections.nCopies(201, "kent");
        GroupRules.Checked outcome = check("Too many", null, many, null);
        assertThat(fields(outcome)).containsExactly("teams");
        assertThat(outcome.violations().get(0).message()).contains("at most 200");
    }

    @Test
    void everyTeamOfTheCatalogueIsAValidGroup() {
        List<String> all = CATALOG.all().stream().map(t -> t.code()).toList();
        assertThat(all.size()).isLessThanOrEqualTo(GroupRules.MAX_TEAMS);
        assertThat(check("England and Wales", null, all, null).definition().teams()).hasSize(all.size());
    }

    @Test
    void unknownBlankAndRepeatedTeamsAreEachNamed() {
        GroupRules.Checked outcome = check("TV", null, Arrays.asList("reading", "oxford", null, " ", "reading", "Slough"), null);
        assertThat(fields(outcome)).containsExactly("teams[1]", "teams[2]", "teams[3]", "teams[4]", "teams[5]");
        assertThat(outcome.violations().get(0).message()).contains("'oxford' is not a known team code");
        assertThat(outcome.violations().get(3).message()).contains("more than once (first at teams[0])");
        // codes are exact: a team's display name or another case is not its code
        assertThat(outcome.violations().get(4).message()).contains("'Slough' is not a known team code");
        assertThat(outcome.definition()).isNull();
    }

    @Test
    void nameIsRequiredAndTextIsBounded() {
        assertThat(fields(check(null, null, THAMES_VALLEY, null))).containsExactly("name");
        assertThat(fields(check("  ", null, THAMES_VALLEY, null))).containsExactly("name");
        assertThat(check("n".repeat(200), "d".repeat(2000), THAMES_VALLEY, "s".repeat(500)).valid()).isTrue();
        GroupRules.Checked tooLong = check("n".repeat(201), "d".repeat(2001), THAMES_VALLEY, "s".repeat(501));
        assertThat(fields(tooLong)).containsExactly("name", "description", "source");
        assertThat(tooLong.violations()).allSatisfy(v -> assertThat(v.message()).contains("at most"));
        assertThat(fields(check("Bad\u0000name", "line one\nline two\ttab", THAMES_VALLEY, null))).containsExactly("name");
        assertThat(fields(check("TV", "bell\u0007", THAMES_VALLEY, null))).containsExactly("description");
    }

    @Test
    void everyFailingFieldIsListedAtOnce() {
        assertThat(fields(check(null, "d".repeat(2001), List.of("atlantis"), "s".repeat(501))))
                .containsExactly("name", "description", "source", "teams", "teams[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thames-valley", "a", "yot-family-3", "0"})
    void slugCodesAreAccepted(String code) {
        assertThat(GroupRules.codeProblem(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Thames-Valley", "thames valley", "thames_valley", "-thames", "thames-", "thames--valley",
            "thamés", "a.b"})
    void otherCodesAreRefused(String code) {
        assertThat(GroupRules.codeProblem(code)).isPresent();
    }

    @Test
    void aCodeHasAtMost60Characters() {
        assertThat(GroupRules.codeProblem("a".repeat(60))).isEmpty();
        assertThat(GroupRules.codeProblem("a".repeat(61))).get().asString().contains("at most 60");
        assertThat(GroupRules.codeProblem(null)).isPresent();
    }

    @Test
    void sameContentComparesTheNormalisedDefinition() {
        GroupRules.Definition d = check("TV", "desc", THAMES_VALLEY, "src").definition();
        ComparatorGroup stored = new ComparatorGroup("tv", 1, d.name(), d.description(), d.teams(), d.source(),
                java.time.Instant.EPOCH, "someone");
        assertThat(stored.sameContent(d)).isTrue();
        assertThat(stored.sameContent(check("TV", "desc", THAMES_VALLEY.subList(0, 8), "src").definition())).isFalse();
        assertThat(stored.sameContent(check("TV", null, THAMES_VALLEY, "src").definition())).isFalse();
        assertThat(stored.sameContent(check("TV", "desc", THAMES_VALLEY, null).definition())).isFalse();
        assertThat(stored.sameContent(check("Thames Valley", "desc", THAMES_VALLEY, "src").definition())).isFalse();
    }
}
