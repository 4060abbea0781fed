package org.yjhub.performance.service;

import org.junit.jupiter.api.Test;
import org.yjhub.performance.domain.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkCsvTest {

    @Test
    void readsRowsByHeaderNameInAnyColumnOrder() {
        BulkCsv.Parsed parsed = BulkCsv.read("""
                Quarter, team ,denominator,numerator,indicator,source,synthetic,rate
                2019-20-Q4,milton-keynes,19230,5,custody-rate,"Plan, table 3",true,0.26
                2019-20-Q4,milton-keynes,19230,42,fte-rate,,,
                """);
        assertThat(parsed.violations()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new BulkCsv.Row(1, "milton-keynes", "2019-20-Q4", "custody-rate", "5", "19230", "0.26", "Plan, table 3", "true"),
                new BulkCsv.Row(2, "milton-keynes", "2019-20-Q4", "fte-rate", "42", "19230", null, null, null));
    }

    @Test
    void rowsAreNumberedFromOneAfterTheHeaderSkippingBlankLines() {
        BulkCsv.Parsed parsed = BulkCsv.read("\uFEFFteam,quarter,indicator,numerator,denominator\r\n"
                + "a,2019-20-Q1,fte-rate,1,2\r\n\r\nb,2019-20-Q1,fte-rate,\"1\",2\r\nc,\"2019-20-Q1\",\"fte\nrate\",1,2");
        assertThat(parsed.rows()).extracting(BulkCsv.Row::number).containsExactly(1, 2, 3);
        assertThat(parsed.rows()).extracting(BulkCsv.Row::team).containsExactly("a", "b", "c");
        assertThat(parsed.rows().get(2).indicator()).isEqualTo("fte\nrate");
    }

    @Test
    void trailingEmptyCellsAreToleratedOtherShapesAreRowErrors() {
        BulkCsv.Parsed parsed = BulkCsv.read("""
                team,quarter,indicator,numerator,denominator,
                a,2019-20-Q1,fte-rate,1,2,,
                b,2019-20-Q1,fte-rate,1
                c,2019-20-Q1,fte-rate,1,2,surprise
                d,2019-20-Q1,fte-rate,1,2
                """);
        assertThat(parsed.rows()).extracting(BulkCsv.Row::team).containsExactly("a", "d");
        assertThat(parsed.violations()).extracting(Violation::row, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "row"), org.assertj.core.groups.Tuple.tuple(3, "row"));
        assertThat(parsed.violations().get(0).message()).contains("has 4 values but the header has 5 columns");
    }

    @Test
    void headerErrorsListEveryProblem() {
        BulkCsv.Parsed parsed = BulkCsv.read("team,team,indicator,numerator,colour\na,b,c,d,e\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.violations()).extracting(Violation::field).containsOnly("header");
        assertThat(parsed.violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("'team' appears more than once"))
                .anySatisfy(m -> assertThat(m).contains("'colour' is not a known column"))
                .anySatisfy(m -> assertThat(m).contains("'quarter' is missing"))
                .anySatisfy(m -> assertThat(m).contains("'denominator' is missing"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreErrors() {
        assertThat(BulkCsv.read("").violations()).extracting(Violation::field).containsExactly("header");
        assertThat(BulkCsv.read("\n\n").violations()).extracting(Violation::field).containsExactly("header");
        assertThat(BulkCsv.read(null).violations()).extracting(Violation::field).containsExactly("header");
        assertThat(BulkCsv.read("team,quarter,indicator,numerator,denominator\n").violations())
                .extracting(Violation::field).containsExactly("rows");
    }

    @Test
    void brokenQuotingNamesTheRowThatCannotBeRead() {
        assertThatThrownBy(() -> BulkCsv.read("team,quarter,indicator,numerator,denominator\n"
                + "a,2019-20-Q1,fte-rate,1,2\n"
                + "b,\"2019-20-Q1,fte-rate,1,2\n"
                + "c,2019-20-Q1,fte-rate,1,2\n"))
                .isInstanceOfSatisfying(BulkCsv.MalformedCsvException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("quote");
                });
        assertThatThrownBy(() -> BulkCsv.read("team,quarter,indicator,numerator,denominator\n\"a\"b,2019-20-Q1,fte-rate,1,2\n"))
                .isInstanceOfSatisfying(BulkCsv.MalformedCsvException.class, e -> assertThat(e.row()).isEqualTo(1));
        assertThatThrownBy(() -> BulkCsv.read("\"team,quarter\n"))
                .isInstanceOfSatisfying(BulkCsv.MalformedCsvException.class, e -> assertThat(e.row()).isZero());
    }
}
