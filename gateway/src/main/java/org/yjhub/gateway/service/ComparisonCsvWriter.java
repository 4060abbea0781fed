package org.yjhub.gateway.service;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.yjhub.gateway.service.AggregateModels.ComparisonRow;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a comparison's rows as CSV (RFC 4180 quoting, one header line). {@link Bodies} runs it once per read-model
 * version so that the cached bytes and their strong ETag are the ones a client gets.
 */
@Provider
@Produces("text/csv")
public class ComparisonCsvWriter implements MessageBodyWriter<ComparisonCsv> {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    public static final String HEADER = "team,name,region,rate,numerator,denominator,rank,quartile,synthetic";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ComparisonCsv.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ComparisonCsv csv, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
            throws IOException {
        out.write(bytes(csv));
    }

    static byte[] bytes(ComparisonCsv csv) {
        StringBuilder out = new StringBuilder(64 + csv.rows().size() * 96).append(HEADER).append('\n');
        for (ComparisonRow r : csv.rows()) {
            out.append(field(r.team())).append(',').append(field(r.name())).append(',')
                    .append(field(r.region())).append(',').append(r.rate().toPlainString()).append(',')
                    .append(r.numerator().toPlainString()).append(',').append(r.denominator().toPlainString())
                    .append(',').append(r.rank() == null ? "" : r.rank().toString()).append(',')
                    .append(r.quartile() == null ? "" : r.quartile().toString()).append(',')
                    .append(r.synthetic()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
