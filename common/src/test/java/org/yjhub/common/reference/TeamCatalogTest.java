package org.yjhub.common.reference;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TeamCatalogTest {

    private final TeamCatalog catalog = TeamCatalog.load();

    @Test
    void coversEnglandAndWales() {
        assertThat(catalog.all()).hasSizeBetween(150, 160);
        Set<String> regions = new HashSet<>();
        catalog.all().forEach(t -> regions.add(t.region()));
        assertThat(regions).containsExactlyInAnyOrderElementsOf(Regions.NAMES);
    }

    @Test
    void seedTeamsHaveTheirOnsCodes() {
        assertThat(catalog.find("milton-keynes").orElseThrow().localAuthorities())
                .containsExactly(new LocalAuthority("Milton Keynes", "E06000042"));
        assertThat(catalog.find("medway").orElseThrow().region()).isEqualTo("South East");
        assertThat(catalog.find("merton").orElseThrow().region()).isEqualTo("London");
        assertThat(catalog.find("merton").orElseThrow().localAuthorities().get(0).onsCode()).isEqualTo("E09000024");
        assertThat(catalog.find("buckinghamshire").orElseThrow().localAuthorities().get(0).onsCode()).isEqualTo("E06000060");
    }

    @Test
    void everyTeamHasTheTypeAndNationOfTheAuthoritiesItServes() {
        assertThat(catalog.find("milton-keynes").orElseThrow())
                .extracting(Team::country, Team::authorityType)
                .containsExactly(Country.ENGLAND, AuthorityType.UNITARY);
        assertThat(catalog.find("merton").orElseThrow().authorityType()).isEqualTo(AuthorityType.LONDON_BOROUGH);
        assertThat(catalog.find("cardiff").orElseThrow())
                .extracting(Team::country, Team::authorityType)
                .containsExactly(Country.WALES, AuthorityType.WELSH_UNITARY);
        assertThat(catalog.inCountry(Country.WALES)).hasSize(17)
                .allMatch(t -> t.region().equals("Wales") && t.authorityType() == AuthorityType.WELSH_UNITARY);
        assertThat(catalog.inCountry(Country.ENGLAND)).hasSize(catalog.all().size() - 17);
        assertThat(catalog.ofType(AuthorityType.UNITARY)).hasSize(51);
        assertThat(catalog.ofType(AuthorityType.METROPOLITAN_DISTRICT)).hasSize(35);
    }

    @Test
    void aTeamServingAuthoritiesOfTwoTypesTakesTheUpperTiersType() {
        assertThat(catalog.find("leicestershire-and-rutland").orElseThrow().authorityType())
                .isEqualTo(AuthorityType.COUNTY);
        assertThat(catalog.find("west-mercia").orElseThrow().authorityType()).isEqualTo(AuthorityType.COUNTY);
        assertThat(catalog.find("tower-hamlets-and-city-of-london").orElseThrow().authorityType())
                .isEqualTo(AuthorityType.LONDON_BOROUGH);
        assertThat(catalog.ofType(AuthorityType.COUNTY)).hasSize(21);
        assertThat(catalog.ofType(AuthorityType.LONDON_BOROUGH)).hasSize(31);
    }

    @Test
    void typesAndNationsAreFoundBySlugOrName() {
        assertThat(AuthorityType.find("london-borough")).contains(AuthorityType.LONDON_BOROUGH);
        assertThat(AuthorityType.find("COUNTY")).contains(AuthorityType.COUNTY);
        assertThat(AuthorityType.find("borough")).isEmpty();
        assertThat(Country.find("Wales")).contains(Country.WALES);
        assertThat(Country.find("scotland")).isEmpty();
    }

    @Test
    void jointTeamsServeSeveralAuthorities() {
        assertThat(catalog.find("south-tees").orElseThrow().localAuthorities()).hasSize(2);
    }

    @Test
    void codesAreSlugsAndEveryAuthorityServedOnce() {
        Set<String> gss = new HashSet<>();
        for (Team t : catalog.all()) {
            assertThat(t.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            for (LocalAuthority la : t.localAuthorities()) {
                assertThat(gss.add(la.onsCode())).as("authority %s served by one team", la.onsCode()).isTrue();
                assertThat(la.onsCode()).matches("(E06|E08|E09|E10|W06)\\d{6}");
            }
        }
    }

    @Test
    void regionsBySlugOrName() {
        assertThat(Regions.find("south-east")).contains("South East");
        assertThat(Regions.find("Yorkshire and The Humber")).contains("Yorkshire and The Humber");
        assertThat(Regions.find("yorkshire-and-the-humber")).contains("Yorkshire and The Humber");
        assertThat(Regions.find("atlantis")).isEmpty();
        assertThat(catalog.inRegion("London")).extracting(Team::code).contains("merton");
    }
}
