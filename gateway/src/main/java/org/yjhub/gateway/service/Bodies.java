package org.yjhub.gateway.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serializes a view once into the bytes the response cache keeps: JSON with plain decimals, or CSV. */
@ApplicationScoped
public class Bodies {

    public static final String JSON = "application/json";

    private static final ComparisonCsvWriter CSV = new ComparisonCsvWriter();

    @Inject
    ObjectMapper objectMapper;

    private ObjectMapper json;

    @PostConstruct
    void init() {
        json = objectMapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public Body json(Object view) {
        try {
            return Body.of(json.writeValueAsBytes(view), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }

    public Body csv(ComparisonCsv rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CSV.writeTo(rows, ComparisonCsv.class, ComparisonCsv.class, null, null, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Body.of(out.toByteArray(), ComparisonCsvWriter.MEDIA_TYPE);
    }
}
