package org.yjhub.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.readmodel.ChangeText;
import org.yjhub.gateway.service.AggregateModels.ChangeEvent;

/**
 * A change as the feed's clients read it: a {@link ChangeEvent} in JSON, written with the application's object mapper
 * (the one the REST layer would use), once per change rather than once per subscriber.
 */
@ApplicationScoped
public class ChangeEventText implements ChangeText {

    private final ObjectWriter writer;

    @Inject
    public ChangeEventText(ObjectMapper mapper) {
        this.writer = mapper.writerFor(ChangeEvent.class);
    }

    @Override
    public String of(Change.Meta c) {
        try {
            return writer.writeValueAsString(new ChangeEvent(c.aggregateType(), c.aggregateId(), c.version(), c.type(), c.time()));
        } catch (JsonProcessingException e) {
            // five plain fields cannot fail to serialise; if they did, no client could be told of this change
            throw new IllegalStateException("cannot write change " + c, e);
        }
    }
}
