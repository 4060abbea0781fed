package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.gateway.readmodel.ChangeFeed;
import org.yjhub.gateway.service.AggregateModels.ChangeEvent;
import org.yjhub.gateway.service.AggregateModels.ReloadEvent;
import org.yjhub.kit.ratelimit.RateLimited;

@Path("/api/v1/changes")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class ChangesResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    /** The longest event id taken back: the feed's ids are far shorter (an epoch and a sequence number). */
    static final int EVENT_ID_LENGTH = 100;

    @Inject
    ChangeFeed feed;

    @GET
    @RateLimited("changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamChanges", summary = "Live feed of the changes the read model applies (Server-Sent Events)",
            description = "One event named 'change' per change applied, with data {aggregateType, aggregateId, "
                    + "version, type, time} and an id (<epoch>-<sequence>, opaque to clients). Re-fetch what the change "
                    + "touches (its ETag will have changed). A comment line is sent on connect and every 15 s to keep "
                    + "the connection open. "
                    + "Reconnecting with the last id seen in Last-Event-ID (as EventSource does; or ?lastEventId= for a "
                    + "client that cannot set headers) first replays every change made since, oldest first, from the "
                    + "newest changes the gateway retains (yj.changes.replay-window, 4,096 by default), then continues "
                    + "live, with no change lost or repeated. When the changes since that id cannot be replayed (more "
                    + "than the window were made, the gateway restarted or is another instance, or the id is not one "
                    + "it gave), the first event is named 'reload', with data {reason}: re-read every view; its id is "
                    + "where the feed continues. A client that falls more than 1,024 changes behind is disconnected "
                    + "and resumes by reconnecting.")
    @APIResponse(responseCode = "200", description = "The event stream: for each change, the lines id: <id>, event: change "
            + "and data: <a ChangeEvent as JSON>, then a blank line; after a reconnect that cannot be resumed, first "
            + "id: <id>, event: reload and data: <a ReloadEvent as JSON>",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(anyOf = {ChangeEvent.class, ReloadEvent.class}),
                    examples = {
                            @ExampleObject(name = "change", summary = "the data of one change (id: k3x9q2m1-42, event: change)",
                                    value = """
                                    {"aggregateType":"kpi-return","aggregateId":"milton-keynes/2019-20-Q4","version":2,
                                     "type":"yjhub.performance.return-submitted.v1","time":"2024-05-01T10:15:30Z"}"""),
                            @ExampleObject(name = "reload", summary = "the data of a reload (id: k3x9q2m1-5120, event: reload)",
                                    value = """
                                    {"reason":"more than 4096 changes were made since the event id; the feed keeps 4096"}""")}))
    public Multi<OutboundSseEvent> changes(@Context HttpServerResponse response,
            @Parameter(description = "The id of the last event received, to resume from", example = "k3x9q2m1-42")
            @Size(max = EVENT_ID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.HEADER_VALUE, message = Bounds.HEADER_VALUE_MESSAGE)
            @HeaderParam(LAST_EVENT_ID) String lastEventId,
            @Parameter(description = "As Last-Event-ID, for a client that cannot set headers; the header wins",
                    example = "k3x9q2m1-42")
            @Size(max = EVENT_ID_LENGTH, message = Bounds.LENGTH_MESSAGE)
            @Pattern(regexp = Bounds.HEADER_VALUE, message = Bounds.HEADER_VALUE_MESSAGE)
            @QueryParam("lastEventId") String lastEventIdParameter) {
        String resumeFrom = lastEventId != null ? lastEventId : lastEventIdParameter;
        return ChangeStream.open(feed, response, resumeFrom);
    }
}
