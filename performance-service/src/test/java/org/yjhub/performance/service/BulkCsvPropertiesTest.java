package org.yjhub.performance.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yjhub.performance.domain.Violation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of the bulk CSV reader: whatever the bytes, it reads rows and reports header/row errors, or says the text is
 * not CSV ({@link BulkCsv.MalformedCsvException}) — never anything else; and every well-formed file reads back exactly the
 * cells that were written, whatever the column order, quoting, line endings or blank lines.
 */
class BulkCsvPropertiesTest {

    private static final List<String> COLUMNS = Stream.concat(BulkCsv.REQUIRED.stream(), BulkCsv.OPTIONAL.stream()).toList();

    /**
     * One data row: the values in {@link #COLUMNS} order as they should read back (null = column absent), and the cells
     * as written in the file's column order (quoted where needed).
     */
    record Written(List<String> values, List<String> cells) {
    }

    @Property(tries = 2000)
    void anyTextIsReadOrRefusedAsMalformed(@ForAll("hostileCsv") String text) {
        BulkCsv.Parsed parsed = readOrNull(text);
        if (parsed == null) {
            return; // refused as not CSV, which readOrNull checked
        }
        assertThat(parsed.rows()).extracting(BulkCsv.Row::number).isSorted().doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isPositive());
        assertThat(parsed.violations()).allSatisfy(v -> {
            assertThat(v.field()).isNotBlank();
            assertThat(v.message()).isNotBlank().hasSizeLessThan(1000);
        });
        assertThat(parsed.rows().isEmpty() && parsed.violations().isEmpty()).as("an empty result explains itself").isFalse();
        List<Integer> badRows = parsed.violations().stream().map(Violation::row).filter(r -> r != null).toList();
        assertThat(parsed.rows()).extracting(BulkCsv.Row::number).allSatisfy(n -> assertThat(badRows).doesNotContain(n));
    }

    @Property(tries = 1000)
    void anyBytesDecodedAsTheServerDoesAreReadOrRefusedAsMalformed(@ForAll byte[] bytes, @ForAll boolean withHeader) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        readOrNull(withHeader ? String.join(",", BulkCsv.REQUIRED) + "\n" + body : body);
    }

    @Property(tries = 500)
    void wellFormedFilesReadBackExactlyWhatWasWritten(@ForAll("files") GeneratedFile file) {
        BulkCsv.Parsed parsed = BulkCsv.read(file.text());

        assertThat(parsed.violations()).isEmpty();
        assertThat(parsed.rows()).hasSize(file.rows().size());
        for (int i = 0; i < file.rows().size(); i++) {
            BulkCsv.Row row = parsed.rows().get(i);
            List<String> expected = file.rows().get(i).values();
            assertThat(row.number()).isEqualTo(i + 1);
            assertThat(cells(row)).as("row %d of%n%s", i + 1, file.text()).isEqualTo(expected.stream()
                    .map(v -> v == null || v.strip().isEmpty() ? null : v.strip()).toList());
        }
    }

    @Property(tries = 300)
    void aRowWithTheWrongNumberOfCellsIsAnErrorOfThatRowOnly(@ForAll("files") GeneratedFile file,
                                                            @ForAll @IntRange(min = 0, max = 50) int which,
                                                            @ForAll boolean fewer) {
        int bad = which % file.rows().size();
        List<String> lines = new ArrayList<>(List.of(file.header()));
        for (int i = 0; i < file.rows().size(); i++) {
            List<String> cells = file.rows().get(i).cells();
            lines.add(i != bad ? file.lines().get(i)
                    : fewer ? String.join(",", cells.subList(0, cells.size() - 1)) : String.join(",", cells) + ",surplus");
        }

        BulkCsv.Parsed parsed = BulkCsv.read(String.join("\r\n", lines));

        assertThat(parsed.violations()).extracting(Violation::row, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bad + 1, "row"));
        assertThat(parsed.rows()).extracting(BulkCsv.Row::number).doesNotContain(bad + 1).hasSize(file.rows().size() - 1);
    }

    @Property(tries = 300)
    void anUnterminatedQuoteInTheLastRowIsMalformedAtThatRow(@ForAll("files") GeneratedFile file) {
        int last = file.rows().size();
        List<String> lines = new ArrayList<>(List.of(file.header()));
        lines.addAll(file.lines().subList(0, last - 1));
        lines.add("\"" + file.lines().get(last - 1).replace("\"", ""));

        Throwable thrown = catchThrowable(() -> BulkCsv.read(String.join("\n", lines)));

        assertThat(thrown).isExactlyInstanceOf(BulkCsv.MalformedCsvException.class);
        assertThat(((BulkCsv.MalformedCsvException) thrown).row()).isEqualTo(last);
    }

    /** Reads, accepting only a result or a MalformedCsvException naming a row in range; null for the latter. */
    private static BulkCsv.Parsed readOrNull(String text) {
        try {
            return BulkCsv.read(text);
        } catch (BulkCsv.MalformedCsvException e) {
            assertThat(e.row()).isNotNegative();
            assertThat(e.getMessage()).isNotBlank();
            return null;
        }
    }

    private static List<String> cells(BulkCsv.Row row) {
        return Arrays.asList(row.team(), row.quarter(), row.indicator(), row.numerator(), row.denominator(), row.rate(),
                row.source(), row.synthetic());
    }

    /** A file: its header line, its data lines (each possibly spanning lines inside quotes) and the rows they hold. */
    record GeneratedFile(String header, List<String> lines, List<Written> rows, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Provide
    Arbitrary<GeneratedFile> files() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withChars("abcxyz019-.,\"' \t\r\n;é€😀\u0000\u00a0").ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("milton-keynes", "2019-20-Q4", "custody-rate", "5", "19230", "0.26", "true", "FALSE",
                        "1e400", "99999999999999999999999", "-0", "١٢٣"));
        Arbitrary<List<String>> optionalColumns = Arbitraries.subsetOf(BulkCsv.OPTIONAL).map(ArrayList::new);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<List<List<String>>> table = cell.list().ofSize(COLUMNS.size()).list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(optionalColumns, table, seeds, Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.integers().between(0, 3))
                .as(BulkCsvPropertiesTest::file);
    }

    private static GeneratedFile file(List<String> optional, List<List<String>> table, long seed, String newline, int blankLines) {
        Random random = new Random(seed);
        List<String> columns = new ArrayList<>(BulkCsv.REQUIRED);
        columns.addAll(optional);
        Collections.shuffle(columns, random);
        String header = columns.stream().map(c -> random.nextBoolean() ? c : " " + c.toUpperCase(java.util.Locale.ROOT) + " ")
                .collect(java.util.stream.Collectors.joining(","));
        List<String> lines = new ArrayList<>();
        List<Written> rows = new ArrayList<>();
        for (List<String> cells : table) {
            List<String> expected = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (String column : COLUMNS) {
                int index = columns.indexOf(column);
                String value = index < 0 ? null : cells.get(COLUMNS.indexOf(column));
                expected.add(value);
            }
            for (String column : columns) {
                written.add(quote(cells.get(COLUMNS.indexOf(column)), random.nextInt(4) == 0));
            }
            lines.add(String.join(",", written) + (random.nextInt(5) == 0 ? ",," : ""));
            rows.add(new Written(expected, written));
        }
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append(header).append(newline);
        for (String line : lines) {
            text.append(newline.repeat(random.nextInt(blankLines + 1))).append(line).append(newline);
        }
        return new GeneratedFile(header, lines, rows, text.toString());
    }

    /** RFC 4180: quote a cell holding a separator, a quote, a line break or edge spaces (or just because). */
    private static String quote(String value, boolean always) {
        boolean needs = always || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || !value.equals(value.strip());
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Broken quoting, NULs, CR/LF mixes, huge numbers, other scripts, and plain random text, with and without a header. */
    @Provide
    Arbitrary<String> hostileCsv() {
        String header = String.join(",", BulkCsv.REQUIRED);
        Arbitrary<String> line = Arbitraries.strings()
                .withChars("ab19-Q.,,,\"\"\r\n\u0000\t é😀١e+")
                .ofMaxLength(60);
        Arbitrary<String> lines = line.list().ofMaxSize(8).map(l -> String.join("\n", l));
        Arbitrary<String> hugeNumbers = Arbitraries.of("1e400", "99999999999999999999999", "-0", "1.5", "NaN", "Infinity",
                        "0x1F", "1e-2147483648", "9".repeat(5000))
                .map(n -> "milton-keynes,2019-20-Q4,custody-rate," + n + "," + n);
        return Arbitraries.oneOf(
                lines,
                lines.map(l -> header + "\n" + l),
                lines.map(l -> header + "\r\n" + l.replace("\n", "\r")),
                hugeNumbers.map(r -> header + "\n" + r + "\n"),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().all().ofMaxLength(200).map(s -> header + "\n" + s),
                files().map(f -> f.text().replace(",", "\",")),
                files().map(f -> f.text().replace("\"", "")),
                files().map(f -> f.text().substring(0, f.text().length() / 2)));
    }
}
