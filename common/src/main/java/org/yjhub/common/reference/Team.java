package org.yjhub.common.reference;

import java.util.List;

/**
 * A youth offending team (YOT/YOS/YJS): its slug code, display name, region, nation, the type of authority it serves
 * ({@link AuthorityType}) and the authorities themselves.
 */
public record Team(String code, String name, String region, Country country, AuthorityType authorityType,
                   List<LocalAuthority> localAuthorities) {

    public Team {
        localAuthorities = List.copyOf(localAuthorities);
    }

    public String regionCode() {
        return Regions.slug(region);
    }
}
