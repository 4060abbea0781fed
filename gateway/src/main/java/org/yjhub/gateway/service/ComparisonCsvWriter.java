package org.yjhub.gateway.service;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.yjhub.gateway.service.AggregateModels.ComparisonRow;
import org.yjhub.gateway.service.StatisticsModels.Interval;
import org.yjhub.gateway.service.StatisticsModels.SignificanceLevels;
import org.yjhub.gateway.service.StatisticsModels.ValueStatistics;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes a comparison's rows as CSV (RFC 4180 quoting, one header line). {@link Bodies} runs it once per read-model
 * version so that the cached bytes and their strong ETag are the ones a client gets.
 */
@Provider
@Produces("text/csv")
public class ComparisonCsvWriter implements MessageBodyWriter<ComparisonCsv> {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    /** The first nine columns as they have always been; the statistics come after them, so old scripts keep working. */
    public static final String HEADER = "team,name,region,rate,numerator,denominator,rank,quartile,synthetic,"
            + "ci95_lower,ci95_upper,ci998_lower,ci998_upper,interval_method,low_count,comparator,comparator_rate,"
            + "significance_95,significance_998,no_quartile,suppressed";

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
            ValueStatistics st = r.statistics();
            out.append(field(r.team())).append(',').append(field(r.name())).append(',')
                    .append(field(r.region())).append(',').append(plain(r.rate())).append(',')
                    .append(plain(r.numerator())).append(',').append(plain(r.denominator()))
                    .append(',').append(text(r.rank())).append(',').append(text(r.quartile())).append(',')
                    .append(r.synthetic());
            Interval ci95 = st.ci95();
            Interval ci998 = st.ci998();
            SignificanceLevels significance = st.significance();
            out.append(',').append(plain(ci95 == null ? null : ci95.lower()))
                    .append(',').append(plain(ci95 == null ? null : ci95.upper()))
                    .append(',').append(plain(ci998 == null ? null : ci998.lower()))
                    .append(',').append(plain(ci998 == null ? null : ci998.upper()))
                    .append(',').append(text(st.intervalMethod())).append(',').append(st.lowCount())
                    .append(',').append(field(st.comparator())).append(',').append(plain(st.comparatorRate()))
                    .append(',').append(text(significance == null ? null : significance.at95()))
                    .append(',').append(text(significance == null ? null : significance.at998()))
                    .append(',').append(text(r.noQuartile())).append(',').append(r.suppressed()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
