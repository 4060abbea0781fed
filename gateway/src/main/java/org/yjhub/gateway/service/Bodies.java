package org.yjhub.gateway.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.kit.http.Body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serializes a view once into the bytes the response cache keeps: JSON with plain decimals, or CSV. */
@ApplicationScoped
public class Bodies {

    public static final String JSON = Body.JSON;

    private static final ComparisonCsvWriter CSV = new ComparisonCsvWriter();

    @Inject
    ObjectMapper objectMapper;

    private ObjectMapper json;

    @PostConstruct
    void init() {
        json = objectMapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public Body json(Object view) {
        return Body.json(json, view);
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
