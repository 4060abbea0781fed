package org.yjhub.kit.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.yjhub.kit.problem.ProblemException;

import java.util.Arrays;

/**
 * Who is calling, and the object-level rules on top of the role checks ({@code @RolesAllowed}): an authority writes
 * only its own team's data. Throws 403 problems; the token itself was already verified (401 otherwise).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public String team() {
        Object claim = jwt.getClaim(Roles.TEAM_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Admin, or an authority whose token names this team. */
    public void requireTeamWriter(String teamCode) {
        if (has(Roles.ADMIN)) {
            return;
        }
        if (has(Roles.AUTHORITY)) {
            if (teamCode.equals(team())) {
                return;
            }
            throw ProblemException.forbidden("an authority token may only write its own team's data: this token is for '"
                    + team() + "', not '" + teamCode + "'");
        }
        throw ProblemException.forbidden("writing a team's data needs the authority role (for that team) or admin");
    }

    /** One of the roles, else 403. */
    public void requireAny(String... roles) {
        for (String role : roles) {
            if (has(role)) {
                return;
            }
        }
        throw ProblemException.forbidden("this operation needs one of the roles " + Arrays.toString(roles));
    }
}
