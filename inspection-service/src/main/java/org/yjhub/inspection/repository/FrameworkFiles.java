package org.yjhub.inspection.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yjhub.inspection.domain.Framework;
import org.yjhub.inspection.domain.FrameworkCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the framework data files: {@code frameworks/index.json} (the list of files) and one JSON file per
 * framework beside it. A new framework is a new file plus its name in the index. Unknown members, inconsistent
 * bands and the like fail loudly at start-up, naming the file.
 */
public final class FrameworkFiles {

    public static final String DIRECTORY = "frameworks/";
    public static final String INDEX = DIRECTORY + "index.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private FrameworkFiles() {
    }

    /** Every framework listed in the index on the classpath. */
    public static FrameworkCatalog bundled() {
        List<String> files = read(INDEX, in -> MAPPER.readValue(in, new TypeReference<List<String>>() {
        }));
        List<Framework> frameworks = new ArrayList<>();
        for (String file : files) {
            frameworks.add(read(DIRECTORY + file, FrameworkFiles::parse));
        }
        return new FrameworkCatalog(frameworks);
    }

    /** Parses one framework file. */
    public static Framework parse(InputStream in) throws IOException {
        FrameworkFile f = MAPPER.readValue(in, FrameworkFile.class);
        return f.toFramework();
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reader<T> reader) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : FrameworkFiles.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing framework resource " + resource);
            }
            return reader.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read framework resource " + resource + ": " + e.getMessage(), e);
        }
    }

    // The file format. Absent booleans take their defaults (standards are required and scored).

    record FrameworkFile(String id, String name, String version, LocalDate validFrom, LocalDate validTo,
                         String description, List<DomainFile> domains,
                         List<Framework.RatingValue> ratingScale, ScoringFile scoring, OverallFile overall,
                         Framework.PercentageScores scores, List<String> notes) {

        Framework toFramework() {
            List<Framework.FrameworkDomain> ds = domains == null ? List.of() : domains.stream()
                    .map(d -> new Framework.FrameworkDomain(d.id(), d.name(), d.standards() == null ? List.of()
                            : d.standards().stream().map(s -> new Framework.Standard(s.id(), s.name(),
                            s.required() == null || s.required(), s.scored() == null || s.scored())).toList()))
                    .toList();
            Framework.Scoring sc = scoring == null ? null
                    : new Framework.Scoring(scoring.method(), scoring.bands() == null ? List.of() : scoring.bands());
            Framework.OverallRule ov = overall == null ? null : new Framework.OverallRule(overall.mode(), overall.values());
            return new Framework(id, name, version, validFrom, validTo, description, ds, ratingScale, sc, ov, scores,
                    notes);
        }
    }

    record DomainFile(String id, String name, List<StandardFile> standards) {
    }

    record StandardFile(String id, String name, Boolean required, Boolean scored) {
    }

    record ScoringFile(Framework.Scoring.Method method, List<Framework.Band> bands) {
    }

    record OverallFile(Framework.OverallRule.Mode mode, List<Framework.RatingValue> values) {
    }
}
