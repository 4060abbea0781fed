package org.yjhub.kit.auth;

import java.util.List;

/** The {@code groups} a YJ Hub token may carry. */
public final class Roles {
    public static final String AUTHORITY = "authority";
    public static final String INSPECTOR = "inspector";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    /**
     * Every role; a token must hold at least one for any endpoint (the kit's
     * {@code quarkus.security.jaxrs.default-roles-allowed}, which {@code RolesTest} keeps equal to this list).
     */
    public static final List<String> ALL = List.of(AUTHORITY, INSPECTOR, ANALYST, ADMIN);

    /** The claim naming the team an {@code authority} token acts for. */
    public static final String TEAM_CLAIM = "team";

    private Roles() {
    }
}
