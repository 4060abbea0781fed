package org.yjhub.kit.auth;

/** The {@code groups} a YJ Hub token may carry. */
public final class Roles {
    public static final String AUTHORITY = "authority";
    public static final String INSPECTOR = "inspector";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    /** The claim naming the team an {@code authority} token acts for. */
    public static final String TEAM_CLAIM = "team";

    private Roles() {
    }
}
