package org.yjhub.performance.service;

import org.yjhub.common.text.PlainText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.yjhub.performance.domain.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the bulk-load CSV with jackson-dataformat-csv (RFC 4180 quoting): a header row naming the columns, then one
 * value per row. Required columns {@link #REQUIRED}; optional {@link #OPTIONAL}; in any order. Rows are numbered from 1,
 * counting data rows after the header (blank lines are skipped and not counted). Cells are trimmed; an empty cell is a
 * missing value. A row may end with empty extra cells (spreadsheet exports do that); any other difference from the
 * header's column count is an error of that row.
 */
public final class BulkCsv {

    public static final List<String> REQUIRED = List.of("team", "quarter", "indicator", "numerator", "denominator");
    public static final List<String> OPTIONAL = List.of("rate", "source", "synthetic");
    public static final String HEADER = "header";

    private static final ObjectReader READER = new CsvMapper().readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES);

    private BulkCsv() {
    }

    /** One data row, cells as text (null when empty or the column is absent). */
    public record Row(int number, String team, String quarter, String indicator, String numerator, String denominator,
                      String rate, String source, String synthetic) {
    }

    /** The readable rows and what is wrong with the header or with a row's shape. */
    public record Parsed(List<Row> rows, List<Violation> violations) {
    }

    /** The text is not CSV (for example an unterminated quote): it cannot be read past {@code row}. */
    public static class MalformedCsvException extends RuntimeException {
        private final int row;

        MalformedCsvException(int row, String message) {
            super(message);
            this.row = row;
        }

        /** The data row that could not be read (0 = the header). */
        public int row() {
            return row;
        }
    }

    public static Parsed read(String text) {
        String body = text == null ? "" : text;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        int dataRow = 0;
        boolean headerRead = false;
        try (MappingIterator<String[]> it = READER.readValues(body)) {
            if (!it.hasNextValue()) {
                violations.add(Violation.of(HEADER, "the file is empty; expected a header row "
                        + String.join(",", REQUIRED) + " and one row per value"));
                return new Parsed(rows, violations);
            }
            Map<String, Integer> columns = header(it.nextValue(), violations);
            headerRead = true;
            if (!violations.isEmpty()) {
                return new Parsed(rows, violations);
            }
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                dataRow++;
                if (!fits(cells, columns.size())) {
                    violations.add(Violation.atRow(dataRow, "row", "has " + cells.length + " values but the header has "
                            + columns.size() + " columns"));
                    continue;
                }
                rows.add(new Row(dataRow, cell(cells, columns, "team"), cell(cells, columns, "quarter"),
                        cell(cells, columns, "indicator"), cell(cells, columns, "numerator"), cell(cells, columns, "denominator"),
                        cell(cells, columns, "rate"), cell(cells, columns, "source"), cell(cells, columns, "synthetic")));
            }
        } catch (JsonProcessingException e) {
            throw new MalformedCsvException(headerRead ? dataRow + 1 : 0, e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedCsvException(headerRead ? dataRow + 1 : 0, String.valueOf(e.getMessage()));
        }
        if (rows.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of("rows", "the file has a header but no data rows"));
        }
        return new Parsed(rows, violations);
    }

    private static Map<String, Integer> header(String[] cells, List<Violation> violations) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i] == null ? "" : cells[i].strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && i == cells.length - 1 && i > 0) {
                break; // a trailing separator
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                violations.add(Violation.of(HEADER, "column " + (i + 1) + " '" + PlainText.abbreviate(name) + "' is not a known column; "
                        + "the columns are " + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL)));
            } else if (columns.putIfAbsent(name, i) != null) {
                violations.add(Violation.of(HEADER, "column '" + name + "' appears more than once"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                violations.add(Violation.of(HEADER, "the required column '" + required + "' is missing; the header must name "
                        + String.join(",", REQUIRED)));
            }
        }
        return columns;
    }

    /** As many cells as columns, or more with only empty ones beyond; fewer is a broken row. */
    private static boolean fits(String[] cells, int columns) {
        if (cells.length < columns) {
            return false;
        }
        for (int i = columns; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= cells.length || cells[index] == null) {
            return null;
        }
        String value = cells[index].strip();
        return value.isEmpty() ? null : value;
    }
}
