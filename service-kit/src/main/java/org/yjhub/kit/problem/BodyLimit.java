package org.yjhub.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem+json before anything reads it
 * (Vert.x would otherwise answer with an empty 413). Declared lengths are checked up front; the limit itself is
 * still enforced by Quarkus for bodies sent without a length.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) throws JsonProcessingException {
        long limit = maxBodySize.asLongValue();
        byte[] body = mapper.writeValueAsBytes(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", 413,
                "the request body is larger than this service accepts (" + limit + " bytes)", null, List.of(), Map.of()));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null) {
                try {
                    if (Long.parseLong(declared.trim()) > limit) {
                        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close").end(io.vertx.core.buffer.Buffer.buffer(body));
                        return;
                    }
                } catch (NumberFormatException e) {
                    ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain").end("bad Content-Length");
                    return;
                }
            }
            ctx.next();
        });
    }
}
