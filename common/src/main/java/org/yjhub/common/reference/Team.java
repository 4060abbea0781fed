package org.yjhub.common.reference;

import java.util.List;

/** A youth offending team (YOT/YOS/YJS): its slug code, display name, region and the authorities it serves. */
public record Team(String code, String name, String region, List<LocalAuthority> localAuthorities) {

    public Team {
        localAuthorities = List.copyOf(localAuthorities);
    }

    public String regionCode() {
        return Regions.slug(region);
    }
}
