package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.readmodel.ChangeFeed;
import org.yjhub.gateway.service.AggregateModels.ChangeEvent;

import java.time.Duration;

@Path("/api/v1/changes")
@Tag(name = "Aggregates", description = "Served by the gateway from its read model")
public class ChangesResource {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamChanges", summary = "Live feed of the changes the read model applies (Server-Sent Events)",
            description = "One event named 'change' per change applied from now on, with data "
                    + "{aggregateType, aggregateId, version, type, time} and a rising id. Re-fetch what the change "
                    + "touches (its ETag will have changed). A comment line is sent on connect and every 15 s to "
                    + "keep the connection open. A client that falls more than 1,024 changes behind is disconnected "
                    + "and should reconnect.")
    @APIResponse(responseCode = "200", description = "The event stream: for each change, the lines id: <n>, event: change "
            + "and data: <a ChangeEvent as JSON>, then a blank line",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ChangeEvent.class),
                    examples = @ExampleObject(name = "change", summary = "the data of one event (id: 42, event: change)",
                            value = """
                            {"aggregateType":"kpi-return","aggregateId":"milton-keynes/2019-20-Q4","version":2,
                             "type":"yjhub.performance.return-submitted.v1","time":"2024-05-01T10:15:30Z"}""")))
    public Multi<OutboundSseEvent> changes(@Context Sse sse) {
        Multi<OutboundSseEvent> changes = feed.stream().map(p -> event(sse, p));
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(() -> sse.newEventBuilder().comment("connected").build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // subscribed in this order: the feed first, so nothing published after "connected" is missed
        return Multi.createBy().merging().streams(changes, hello, keepAlive);
    }

    private static OutboundSseEvent event(Sse sse, ChangeFeed.Published published) {
        Change.Meta c = published.change();
        return sse.newEventBuilder()
                .id(Long.toString(published.sequence()))
                .name("change")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(ChangeEvent.class, new ChangeEvent(c.aggregateType(), c.aggregateId(), c.version(), c.type(), c.time()))
                .build();
    }
}
