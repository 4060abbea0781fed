package org.yjhub.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.readmodel.ChangeText;
import org.yjhub.gateway.service.AggregateModels.ChangeEvent;
import org.yjhub.gateway.service.AggregateModels.ReloadEvent;

/**
 * A change as the feed's clients read it: a {@link ChangeEvent} in JSON, written with the application's object mapper
 * (the one the REST layer would use), once per change rather than once per subscriber; and a {@link ReloadEvent}.
 */
@ApplicationScoped
public class ChangeEventText implements ChangeText {

    private final ObjectWriter changes;
    private final ObjectWriter reloads;

    @Inject
    public ChangeEventText(ObjectMapper mapper) {
        this.changes = mapper.writerFor(ChangeEvent.class);
        this.reloads = mapper.writerFor(ReloadEvent.class);
    }

    @Override
    public String of(Change.Meta c) {
        return write(changes, new ChangeEvent(c.aggregateType(), c.aggregateId(), c.version(), c.type(), c.time()));
    }

    @Override
    public String reload(String reason) {
        return write(reloads, new ReloadEvent(reason));
    }

    private static String write(ObjectWriter writer, Object event) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // a few plain fields cannot fail to serialise; if they did, no client could be told of this event
            throw new IllegalStateException("cannot write " + event, e);
        }
    }
}
