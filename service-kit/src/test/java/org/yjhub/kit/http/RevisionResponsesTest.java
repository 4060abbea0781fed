package org.yjhub.kit.http;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionResponsesTest {

    @Test
    void aReadThatNamesTheCurrentTagIs304WithTheTagAndNoBodyIsBuilt() {
        AtomicInteger built = new AtomicInteger();
        RestResponse<String> r = RevisionResponses.read(Preconditions.of(null, "W/\"4\""), 4, () -> "body" + built.incrementAndGet());
        assertThat(r.getStatus()).isEqualTo(304);
        assertThat(r.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4\"");
        assertThat(r.hasEntity()).isFalse();
        assertThat(built).hasValue(0);
    }

    @Test
    void anyOtherReadIs200WithTheBodyAndTheTag() {
        RestResponse<String> r = RevisionResponses.read(Preconditions.of(null, "\"3\""), 4, () -> "body");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getEntity()).isEqualTo("body");
        assertThat(r.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"4\"");
        assertThat(RevisionResponses.read(Preconditions.NONE, 4, () -> "body").getStatus()).isEqualTo(200);
    }

    @Test
    void aWriteIs201AtItsUriWhenItCreatedAnd200Otherwise() {
        URI uri = URI.create("http://localhost/api/v1/teams/medway/budgets/2020-21");
        RestResponse<String> created = RevisionResponses.written(true, uri, 1, "body");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getLocation()).isEqualTo(uri);
        assertThat(created.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        RestResponse<String> revised = RevisionResponses.written(false, uri, 2, "body");
        assertThat(revised.getStatus()).isEqualTo(200);
        assertThat(revised.getLocation()).isNull();
        assertThat(revised.getEntity()).isEqualTo("body");
    }
}
