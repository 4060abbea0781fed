package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;
import org.yjhub.kit.problem.Problem;

/** Inspections, recommendations and actions: forwarded to the inspection-service. */
@Path("/api/v1/inspections")
@Tag(name = "Inspections (forwarded to inspection-service)")
public class InspectionsForwardResource {

    @Inject
    Forwarder forwarder;

    @POST
    @Operation(summary = "Record an inspection",
            description = "Forwarded unchanged to the inspection-service, which computes the score and the overall "
                    + "rating by the framework's rule (a supplied overall that disagrees → 422). Inspector or admin. "
                    + "201 with Location (rewritten to the gateway's address) and the inspection.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "hmip-youth-2018", value = """
                    {"team":"milton-keynes","framework":"hmip-youth-2018","fieldworkStart":"2021-02-01",
                     "fieldworkEnd":"2021-02-12","publishedOn":"2021-05-04",
                     "ratings":{"1.1":"GOOD","1.2":"GOOD","1.3":"GOOD","1.4":"REQUIRES_IMPROVEMENT",
                                "2.1":"GOOD","2.2":"GOOD","2.3":"GOOD","2.4":"OUTSTANDING",
                                "3.1":"OUTSTANDING","3.2":"INADEQUATE","3.3":"GOOD","3.4":"GOOD"}}"""),
                    @ExampleObject(name = "hmip-headline", value = """
                    {"team":"medway","framework":"hmip-headline","publishedOn":"2020-03-10","overall":"REQUIRES_IMPROVEMENT"}""")}))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")})
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector nor an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid inspection (every failing field listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "POST", uri, headers, body);
    }

    @GET
    @Operation(summary = "A team's inspections, newest first", description = "Forwarded to the inspection-service.")
    @APIResponse(responseCode = "200", description = "The inspections")
    @APIResponse(responseCode = "400", description = "team is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown team", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@Parameter(example = "milton-keynes") @QueryParam("team") String team,
                              @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One inspection with its recommendations and actions", description = "Forwarded to the inspection-service.")
    @APIResponse(responseCode = "200", description = "The inspection", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct an inspection",
            description = "Forwarded unchanged to the inspection-service; the body is the whole inspection as for "
                    + "POST. If-Match with an older version → 412. Inspector or admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "correction", value = """
                    {"team":"medway","framework":"hmip-headline","publishedOn":"2020-03-12","overall":"REQUIRES_IMPROVEMENT"}""")))
    @APIResponse(responseCode = "200", description = "Corrected", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector nor an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@PathParam("id") String id, byte[] body, @Context UriInfo uri,
                             @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "PUT", uri, headers, body);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of an inspection, oldest first", description = "Forwarded to the inspection-service.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> versions(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }

    @POST
    @Path("/{id}/recommendations")
    @Operation(summary = "Add a recommendation to an inspection",
            description = "Forwarded unchanged to the inspection-service. addressee (the body it is addressed to) "
                    + "and/or owner (the role the report makes responsible), at least one. Inspector or admin. → 201.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "addressee", value = """
                    {"addressee":"Milton Keynes Management Board","text":"provide safe and confidential premises for children and staff to meet and undertake necessary work"}"""),
                    @ExampleObject(name = "owner", value = """
                    {"owner":"YJS Manager","text":"a timely and good quality assessment and plan, using Asset, is completed when the case starts"}""")}))
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an inspector nor an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid recommendation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> recommendation(@PathParam("id") String id, byte[] body, @Context UriInfo uri,
                                        @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "POST", uri, headers, body);
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "Add an improvement-plan action to an inspection",
            description = "Forwarded unchanged to the inspection-service. owners: one or more roles, as written (or "
                    + "owner for one; not both); "
                    + "due: the target as written (a date or a meeting such as 'July Strategic Board') and dueDate: "
                    + "its date when it has one (only a dated action can be overdue); status is GREEN, AMBER (alias "
                    + "YELLOW), RED or COMPLETE, or left out (not rated yet); reference and section: the plan's own "
                    + "label and part (a reference is unique within the inspection: 409); refersTo: the references of "
                    + "other actions of the plan this one refers to. The team's authority, an inspector or an admin. "
                    + "→ 201.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "dated", value = """
                    {"reference":"7","text":"Target recruiting needs to be in place to increase the diversity of the staff team to better reflect the demography of Milton Keynes and the young people and families the service works with",
                     "owners":["YOT Manager"],
                     "due":"30th July 2021 (in place for next recruitment)","dueDate":"2021-07-30"}"""),
                    @ExampleObject(name = "refers-to", value = """
                    {"reference":"A","section":"From Youth Justice Plan","text":"Enhancing the connection between the YOSB and the front-line service delivery to improve effectiveness and coordination",
                     "owners":["Chair of the YOSB","YOSB Members","YOT Manager"],"due":"July Strategic Board Agenda Item",
                     "refersTo":["2","3"]}"""),
                    @ExampleObject(name = "rated", value = """
                    {"reference":"12","text":"Establish an automated system to highlight policies / procedures due for review and update",
                     "owners":["YOT Manager"],"due":"30th June 2021","dueDate":"2021-06-30","status":"GREEN"}""")}))
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location"))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed to add actions for this team", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another action of the inspection has this reference", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid action", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> action(@PathParam("id") String id, byte[] body, @Context UriInfo uri,
                                @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "POST", uri, headers, body);
    }

    @PUT
    @Path("/{id}/plan")
    @Operation(operationId = "putPlan", summary = "Record an inspection's improvement plan",
            description = "Forwarded unchanged to the inspection-service: the plan's own record in full (title, "
                    + "status IN_PREPARATION, DRAFT or AGREED, due and/or dueDate, source); each change is a new "
                    + "revision, every revision kept. 201 for the first revision, 200 after (identical content: the "
                    + "same revision, nothing changed). If-Match with the plan's ETag guards against lost updates "
                    + "(412); before the first revision only If-Match * (or none) passes. The inspected team's "
                    + "authority, an inspector or an admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "plan", value = """
                    {"title":"Youth Offending Team Action Plan","status":"DRAFT","source":"Milton Keynes Council, Children and Young People Scrutiny Committee, 9 September 2021"}""")))
    @APIResponse(responseCode = "200", description = "A new revision (or unchanged, for identical content)",
            headers = @Header(name = "ETag", description = "the plan's revision"))
    @APIResponse(responseCode = "201", description = "The first revision; Location names the plan",
            headers = {@Header(name = "Location"), @Header(name = "ETag", description = "the plan's revision")})
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the inspected team's authority, an inspector or an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the plan's current revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No or unknown status, a field too long, or a due/dueDate that is not a date or disagrees (every failing field listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> putPlan(@PathParam("id") String id, byte[] body, @Context UriInfo uri,
                                 @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "PUT", uri, headers, body);
    }

    @GET
    @Path("/{id}/plan")
    @Operation(operationId = "getPlan", summary = "An inspection's improvement plan",
            description = "Forwarded to the inspection-service: the plan's record at its latest revision.")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag", description = "the plan's revision"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown inspection, or no plan recorded yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection-service is down or did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> getPlan(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward(Upstream.INSPECTION, "GET", uri, headers, null);
    }
}
