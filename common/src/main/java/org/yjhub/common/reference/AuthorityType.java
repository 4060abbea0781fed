package org.yjhub.common.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kind of local authority a team serves, from the ONS type in the local-authority reference list: a comparator
 * ("every team of its type") as Fingertips offers one for unitary authorities, counties and so on.
 * <p>
 * A team that serves authorities of more than one type takes the upper tier's: a county with a unitary authority
 * (Leicestershire and Rutland, West Mercia) is a county team; a London borough with the City of London (Tower Hamlets
 * and City of London) is a London borough team.
 */
public enum AuthorityType {
    UNITARY("unitary", "Unitary authority", "UA"),
    METROPOLITAN_DISTRICT("metropolitan-district", "Metropolitan district", "MD"),
    LONDON_BOROUGH("london-borough", "London borough", "LBO"),
    COUNTY("county", "County", "CTY"),
    WELSH_UNITARY("welsh-unitary", "Welsh unitary authority", "WPA");

    /** The order in which a mixed team's type is chosen: the first type any of its authorities has. */
    private static final List<AuthorityType> UPPER_TIER_FIRST = List.of(COUNTY, LONDON_BOROUGH, METROPOLITAN_DISTRICT,
            UNITARY, WELSH_UNITARY);

    private final String slug;
    private final String label;
    private final String onsType;

    AuthorityType(String slug, String label, String onsType) {
        this.slug = slug;
        this.label = label;
        this.onsType = onsType;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** By slug ({@code london-borough}) or name ({@code LONDON_BOROUGH}), ignoring case. */
    public static Optional<AuthorityType> find(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(t -> t.slug.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)).findFirst();
    }

    /**
     * The type of a team serving authorities with these ONS type codes (UA, MD, LBO, CTY, WPA; CC, the City of London,
     * only beside a London borough): the upper tier's when they differ.
     *
     * @throws IllegalArgumentException when none of the codes is a type a team can have
     */
    public static AuthorityType ofOnsTypes(List<String> onsTypes) {
        for (AuthorityType type : UPPER_TIER_FIRST) {
            if (onsTypes.contains(type.onsType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no team type among the authority types " + onsTypes);
    }
}
