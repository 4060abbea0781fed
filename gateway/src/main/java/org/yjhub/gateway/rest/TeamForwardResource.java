package org.yjhub.gateway.rest;

import jakarta.ws.rs.Path;

/** The route table's prefixes under a team (see {@link Forwarding}); {@code RouteTableTest} checks they agree. */
@Path(TeamForwardResource.ROUTED)
public class TeamForwardResource extends Forwarding {

    static final String ROUTED = "/api/v1/teams/{team}/{route: (returns|targets|budgets|staffing)(/.*)?}";
}
