package org.yjhub.common.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yjhub.common.indicator.IndicatorCatalog;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking up reference data with any text a client may send never throws: it finds the entry or finds nothing. */
class ReferenceLookupPropertiesTest {

    private static final TeamCatalog TEAMS = TeamCatalog.load();
    private static final IndicatorCatalog INDICATORS = IndicatorCatalog.load();

    @Property(tries = 2000)
    void aTeamLookupFindsExactlyTheTeamWithThatCodeOrNothing(@ForAll("codes") String code) {
        var found = TEAMS.find(code);

        assertThat(TEAMS.exists(code)).isEqualTo(found.isPresent());
        found.ifPresent(team -> assertThat(team.code()).isEqualTo(code));
        assertThat(found.isPresent()).isEqualTo(TEAMS.all().stream().anyMatch(t -> t.code().equals(code)));
    }

    @Property(tries = 2000)
    void aRegionLookupFindsOneOfTheRegionsOrNothing(@ForAll("codes") String text) {
        var region = Regions.find(text);

        region.ifPresent(name -> assertThat(Regions.NAMES).contains(name));
        assertThat(TEAMS.inRegion(text)).allSatisfy(t -> assertThat(t.region()).isEqualTo(text));
    }

    @Property
    void everyRegionIsFoundBySlugAndByNameInAnyCase(@ForAll("regionNames") String name) {
        assertThat(Regions.find(Regions.slug(name))).contains(name);
        assertThat(Regions.find(name.toUpperCase(Locale.ROOT))).contains(name);
        assertThat(Regions.slug(name)).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Property(tries = 2000)
    void anIndicatorLookupFindsExactlyThatIndicatorOrNothing(@ForAll("codes") String id) {
        INDICATORS.find(id).ifPresent(i -> assertThat(i.id()).isEqualTo(id));
    }

    @Provide
    Arbitrary<String> regionNames() {
        return Arbitraries.of(Regions.NAMES);
    }

    /** Real codes, near misses (case, padding, a character more), text with separators, NULs and other scripts. */
    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> real = Arbitraries.oneOf(Arbitraries.of(TEAMS.all()).map(Team::code),
                Arbitraries.of(INDICATORS.all()).map(i -> i.id()), Arbitraries.of(Regions.NAMES));
        return Arbitraries.oneOf(
                real,
                real.map(s -> s.toUpperCase(Locale.ROOT)),
                real.map(s -> " " + s + "\u0000"),
                real.map(s -> s + "/../" + s),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("abcdemnorstky-_ /.%\u0000\u00e9\u0130").ofMaxLength(30),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1000).ofMaxLength(6000),
                Arbitraries.just((String) null));
    }
}
