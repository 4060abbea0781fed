package org.yjhub.gateway.rest;

import jakarta.ws.rs.Path;

/** The route table's prefixes directly under /api/v1 (see {@link Forwarding}); {@code RouteTableTest} checks they agree. */
@Path(ForwardResource.ROUTED)
public class ForwardResource extends Forwarding {

    static final String ROUTED = "/api/v1/{route: (inspections|recommendations|actions|frameworks|returns|groups)(/.*)?}";
}
