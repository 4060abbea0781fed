package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.reference.TeamCatalog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ?comparator= as written, and the area it gives each team: no Quarkus. */
class ComparatorChoiceTest {

    private static final Areas AREAS = new Areas(TeamCatalog.load().all());

    @Test
    void absentOrNationalIsEnglandAndWales() {
        assertThat(ComparatorChoice.parse(null)).isEqualTo(ComparatorChoice.ENGLAND_AND_WALES);
        assertThat(ComparatorChoice.parse("")).isEqualTo(ComparatorChoice.ENGLAND_AND_WALES);
        assertThat(ComparatorChoice.parse("national")).isEqualTo(ComparatorChoice.ENGLAND_AND_WALES);
        assertThat(ComparatorChoice.parse("England-and-Wales").text()).isEqualTo("england-and-wales");
    }

    @Test
    void eachKindReadsAndWritesBack() {
        for (String text : List.of("england", "wales", "region", "type", "group:thames-valley")) {
            assertThat(ComparatorChoice.parse(text).text()).isEqualTo(text);
        }
        assertThat(ComparatorChoice.parse("group:thames-valley").group()).isEqualTo("thames-valley");
        assertThat(ComparatorChoice.parse("region").isShared()).isFalse();
        assertThat(ComparatorChoice.parse("group:x").isShared()).isTrue();
    }

    @Test
    void anythingElseIsRefusedNamingWhatIsAccepted() {
        for (String bad : List.of("regional", "group:", "group:Not A Code", "group:" + "a".repeat(65), "county")) {
            assertThatThrownBy(() -> ComparatorChoice.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("comparator");
        }
    }

    @Test
    void eachTeamIsComparedWithItsOwnRegionOrTypeOrTheSharedArea() {
        assertThat(AREAS.forTeam(ComparatorChoice.parse("region"), "milton-keynes", null).id()).isEqualTo("region:south-east");
        assertThat(AREAS.forTeam(ComparatorChoice.parse("type"), "milton-keynes", null).id()).isEqualTo("type:unitary");
        assertThat(AREAS.forTeam(ComparatorChoice.parse("type"), "kent", null).id()).isEqualTo("type:county");
        assertThat(AREAS.forTeam(ComparatorChoice.parse("wales"), "milton-keynes", null).id()).isEqualTo("wales");
        assertThat(AREAS.forTeam(ComparatorChoice.parse("region"), "atlantis", null)).isNull();
        ComparatorGroup group = new ComparatorGroup("pair", 1, "A pair", null, List.of("kent", "medway"));
        assertThat(AREAS.forTeam(ComparatorChoice.parse("group:pair"), "cardiff", group).teams())
                .containsExactlyInAnyOrder("kent", "medway");
        assertThat(AREAS.forTeams(ComparatorChoice.parse("region"), List.of("kent", "medway", "merton"), null))
                .extracting(Area::id).containsExactly("region:south-east", "region:london");
    }

    @Test
    void theFixedAreasCoverEveryTeamOnceAtEachLevel() {
        int all = AREAS.englandAndWales().teams().size();
        for (ComparatorChoice.Kind kind : List.of(ComparatorChoice.Kind.REGION, ComparatorChoice.Kind.TYPE)) {
            assertThat(AREAS.fixed().stream().filter(a -> a.kind() == kind).mapToInt(a -> a.teams().size()).sum())
                    .as(kind.name()).isEqualTo(all);
        }
        assertThat(AREAS.region("Wales").teams()).hasSize(17);
    }
}
