package org.yjhub.inspection.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkFilesTest {

    @Test
    void everyFrameworkFileIsListedInTheIndex() throws IOException {
        Path dir = Path.of("src/main/resources/frameworks");
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .sorted().toList();
        }
        List<String> index = List.of(new ObjectMapper().readValue(dir.resolve("index.json").toFile(), String[].class));
        assertThat(index).containsExactlyInAnyOrderElementsOf(files);
        assertThat(FrameworkFiles.bundled().all()).hasSize(files.size());
    }

    @Test
    void absentFlagsTakeTheirDefaults() throws IOException {
        var f = FrameworkFiles.parse(json("""
                {"id": "mini", "name": "Mini", "version": "1",
                 "domains": [{"id": "d", "name": "D", "standards": [{"id": "s", "name": "S"}]}],
                 "ratingScale": [{"value": "YES", "label": "Yes", "points": 1}, {"value": "NO", "label": "No", "points": 0}],
                 "scoring": {"method": "SUM_OF_POINTS", "bands": [{"min": 0, "max": 0, "overall": "FAIL"},
                                                                 {"min": 1, "max": 1, "overall": "PASS"}]},
                 "overall": {"mode": "COMPUTED", "values": [{"value": "PASS", "label": "Pass"}, {"value": "FAIL", "label": "Fail"}]}}
                """));
        assertThat(f.standards()).singleElement().satisfies(s -> {
            assertThat(s.required()).isTrue();
            assertThat(s.scored()).isTrue();
        });
    }

    @Test
    void aMisspeltMemberIsRefused() {
        assertThatThrownBy(() -> FrameworkFiles.parse(json("""
                {"id": "mini", "name": "Mini", "bandz": []}""")))
                .hasMessageContaining("bandz");
        // fieldwork dates are optional under every framework: the former per-framework flag is no member any more
        assertThatThrownBy(() -> FrameworkFiles.parse(json("""
                {"id": "mini", "name": "Mini", "fieldworkRequired": true}""")))
                .hasMessageContaining("fieldworkRequired");
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
