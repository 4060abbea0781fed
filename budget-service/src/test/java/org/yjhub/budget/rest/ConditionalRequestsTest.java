package org.yjhub.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.outbox.OutboxEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.budget.TestData.as;
import static org.yjhub.budget.TestData.asAdmin;
import static org.yjhub.budget.TestData.budget;
import static org.yjhub.budget.TestData.budgetPath;
import static org.yjhub.budget.TestData.budgetRevisions;
import static org.yjhub.budget.TestData.fte;
import static org.yjhub.budget.TestData.line;
import static org.yjhub.budget.TestData.staffing;
import static org.yjhub.budget.TestData.staffingPath;
import static org.yjhub.budget.TestData.staffingRevisions;
import static org.yjhub.budget.TestData.tokens;

/**
 * The revision lifecycle of budgets and staffing under conditional requests, as RFC 9110 and service-kit define it (the
 * same answers as returns and targets in performance-service): malformed → 400, a condition that does not hold → 412
 * naming the current revision, a matching If-None-Match on a read → 304; nothing is stored on any failure.
 */
@QuarkusTest
class ConditionalRequestsTest {

    private static final String TEAM = "swindon";
    /** Years two apart, so that no aggregate of these tests is another's previous year. */
    private static final AtomicInteger YEARS = new AtomicInteger(1990);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    enum Kind {
        BUDGETS(n -> budget(List.of(line("YJB", null, 0, 1000 + n)), null, null), BudgetSubmitted.AGGREGATE),
        STAFFING(n -> staffing(List.of(fte("YOT staff", "PERMANENT", n)), null, null), StaffingSubmitted.AGGREGATE);

        final IntFunction<Map<String, Object>> body;
        final String aggregateType;

        Kind(IntFunction<Map<String, Object>> body, String aggregateType) {
            this.body = body;
            this.aggregateType = aggregateType;
        }

        String fresh() {
            int start = YEARS.getAndAdd(2);
            return start + "-" + String.format("%02d", (start + 1) % 100);
        }

        String path(String year) {
            return this == BUDGETS ? budgetPath(TEAM, year) : staffingPath(TEAM, year);
        }

        long revisions(String year) {
            return this == BUDGETS ? budgetRevisions(TEAM, year) : staffingRevisions(TEAM, year);
        }

        long events(String year) {
            return org.yjhub.budget.TestData.events(aggregateType, TEAM + "/" + year);
        }
    }

    private static RequestSpecification reader() {
        return as(tokens().analyst());
    }

    private static ValidatableResponse put(Kind kind, String year, int n, String header, String value) {
        RequestSpecification spec = asAdmin().contentType(ContentType.JSON).body(kind.body.apply(n));
        if (header != null) {
            spec = spec.header(header, value);
        }
        return spec.put(kind.path(year)).then().log().ifValidationFails();
    }

    private long heads(Kind kind, String year) {
        String table = kind == Kind.BUDGETS ? "budget_head" : "staffing_head";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from " + table + " where team = ?1 and year = ?2")
                .setParameter(1, TEAM).setParameter(2, year).getSingleResult()).longValue());
    }

    /** A fresh aggregate at revision 2. */
    private static String atRevisionTwo(Kind kind) {
        String year = kind.fresh();
        put(kind, year, 1, null, null).statusCode(201).header("ETag", "\"1\"");
        put(kind, year, 2, "If-Match", "\"1\"").statusCode(200).header("ETag", "\"2\"");
        return year;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedIfMatchIs400ProblemAndNothingIsStoredWhetherOrNotTheResourceExists(Kind kind) {
        String absent = kind.fresh();
        for (String header : new String[]{"1", "\"1", "latest", "*, \"1\""}) {
            put(kind, absent, 1, "If-Match", header).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://yjhub.org/problems/bad-request"))
                    .body("detail", containsString("If-Match '"))
                    .body("detail", containsString("is malformed"));
        }
        put(kind, absent, 1, "If-None-Match", "latest").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("If-None-Match 'latest' is malformed"));
        assertThat(heads(kind, absent)).isZero();
        assertThat(kind.revisions(absent)).isZero();
        assertThat(kind.events(absent)).isZero();

        String existing = atRevisionTwo(kind);
        put(kind, existing, 3, "If-Match", "2").statusCode(400).contentType("application/problem+json");
        assertThat(kind.revisions(existing)).isEqualTo(2);
        assertThat(kind.events(existing)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWeakTagInIfMatchIs412EvenForTheCurrentRevision(Kind kind) {
        String year = atRevisionTwo(kind);
        put(kind, year, 3, "If-Match", "W/\"2\"").statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/precondition-failed"))
                .body("currentRevision", equalTo(2))
                .body("currentETag", equalTo("\"2\""));
        assertThat(kind.revisions(year)).isEqualTo(2);
        assertThat(kind.events(year)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStaleIfMatchIs412NamingTheCurrentRevisionAndAListNamingItSucceeds(Kind kind) {
        String year = atRevisionTwo(kind);
        put(kind, year, 3, "If-Match", "\"1\"").statusCode(412)
                .contentType("application/problem+json")
                .body("currentRevision", equalTo(2))
                .body("currentETag", equalTo("\"2\""))
                .body("detail", containsString("is at revision 2 (ETag \"2\")"))
                .body("detail", containsString("Nothing was stored"));
        // well formed but naming no revision of ours: stale, not malformed (the service used to answer 400)
        put(kind, year, 3, "If-Match", "\"\", \"two\", \"12345678901234567890\"").statusCode(412)
                .body("currentRevision", equalTo(2));
        assertThat(kind.revisions(year)).isEqualTo(2);
        assertThat(kind.events(year)).isEqualTo(2);

        put(kind, year, 3, "If-Match", "W/\"2\", \"1\",, \"2\"").statusCode(200).header("ETag", "\"3\"");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void identicalContentUnderAHoldingIfMatchStoresAndPublishesNothing(Kind kind) {
        String year = atRevisionTwo(kind);
        put(kind, year, 2, "If-Match", "\"2\"").statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2));
        assertThat(kind.revisions(year)).isEqualTo(2);
        assertThat(kind.events(year)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void starInIfMatchNeedsAnExistingResourceAndStarInIfNoneMatchCreatesOnlyOnce(Kind kind) {
        String year = kind.fresh();
        put(kind, year, 1, "If-Match", "*").statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist yet"))
                .body("currentRevision", nullValue());
        assertThat(heads(kind, year)).as("a rejected write leaves no head row").isZero();

        put(kind, year, 1, "If-None-Match", "*").statusCode(201).header("ETag", "\"1\"");
        put(kind, year, 2, "If-None-Match", "*").statusCode(412)
                .body("currentRevision", equalTo(1))
                .body("detail", containsString("already exists at revision 1"));
        put(kind, year, 2, "If-Match", "*").statusCode(200).header("ETag", "\"2\"");
        assertThat(kind.revisions(year)).isEqualTo(2);
        assertThat(kind.events(year)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCurrentRevisionAnswers304WhenIfNoneMatchNamesItWeaklyOrStrongly(Kind kind) {
        String year = atRevisionTwo(kind);
        String read = kind.path(year);
        for (String header : new String[]{"\"2\"", "W/\"2\"", "\"1\", W/\"2\"", "*"}) {
            reader().header("If-None-Match", header).get(read).then().log().ifValidationFails()
                    .statusCode(304)
                    .header("ETag", "\"2\"")
                    .body(emptyString());
        }
        reader().header("If-None-Match", "\"1\"").get(read).then().statusCode(200).header("ETag", "\"2\"");
        reader().get(read).then().statusCode(200).header("ETag", "\"2\"");
        reader().header("If-None-Match", "2").get(read).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("If-None-Match '2' is malformed"));
        put(kind, year, 3, null, null).statusCode(200);
        reader().header("If-None-Match", "\"2\"").get(read).then().statusCode(200).header("ETag", "\"3\"");
        reader().header("If-None-Match", "*").get(kind.path(kind.fresh())).then().statusCode(404);
    }

    @Test
    void theStaffingRevisionsListCarriesTheLatestRevisionsETagAndAnswers304() {
        String year = atRevisionTwo(Kind.STAFFING);
        String read = Kind.STAFFING.path(year) + "/revisions";
        for (String header : new String[]{"\"2\"", "W/\"2\"", "*"}) {
            reader().header("If-None-Match", header).get(read).then().statusCode(304).header("ETag", "\"2\"").body(emptyString());
        }
        reader().header("If-None-Match", "\"1\"").get(read).then().statusCode(200).header("ETag", "\"2\"")
                .body("revision", equalTo(List.of(1, 2)));
        reader().header("If-None-Match", "2").get(read).then().statusCode(400);
    }

    @Test
    void theBudgetRevisionsListCarriesNoETagSoConditionalReadsOfItAreIgnored() {
        String year = atRevisionTwo(Kind.BUDGETS);
        String read = Kind.BUDGETS.path(year) + "/revisions";
        reader().get(read).then().statusCode(200).header("ETag", nullValue());
        reader().header("If-None-Match", "*").get(read).then().statusCode(200).body("revision", equalTo(List.of(1, 2)));
    }

    /**
     * A budget's year-on-year figures change with the previous year's budget: its ETag (the event version) moves with
     * them, so a conditional read gets the new figures rather than a 304, and a write based on the old ones is stale.
     */
    @Test
    void aBudgetsETagMovesWhenThePreviousYearChangesItsFigures() {
        String team = "wiltshire";
        asAdmin().contentType(ContentType.JSON).body(Kind.BUDGETS.body.apply(1)).put(budgetPath(team, "2019-20"))
                .then().statusCode(201).header("ETag", "\"1\"").body("previousYear", nullValue());
        reader().header("If-None-Match", "\"1\"").get(budgetPath(team, "2019-20")).then().statusCode(304);

        // the previous year appears: 2019-20 is republished (same revision, version 2)
        asAdmin().contentType(ContentType.JSON).body(Kind.BUDGETS.body.apply(500)).put(budgetPath(team, "2018-19"))
                .then().statusCode(201);
        reader().header("If-None-Match", "\"1\"").get(budgetPath(team, "2019-20")).then().statusCode(200)
                .header("ETag", "\"2\"").body("revision", equalTo(1)).body("previousYear.total", equalTo(1500));
        reader().header("If-None-Match", "\"2\"").get(budgetPath(team, "2019-20")).then().statusCode(304).header("ETag", "\"2\"");

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Kind.BUDGETS.body.apply(2))
                .put(budgetPath(team, "2019-20")).then().statusCode(412)
                .body("currentRevision", equalTo(1)).body("currentETag", equalTo("\"2\""))
                .body("detail", containsString("is at revision 1 (ETag \"2\")"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Kind.BUDGETS.body.apply(2))
                .put(budgetPath(team, "2019-20")).then().statusCode(200).header("ETag", "\"3\"").body("revision", equalTo(2));
        assertThat(budgetRevisions(team, "2019-20")).isEqualTo(2);
    }

    /**
     * Two first writes of adjacent years at once: the later year's comparison reads the earlier year, and the earlier
     * year's write republishes the later one. Both heads are created and locked by the earlier year's writer, so
     * whichever commits last, the later year's newest event carries the earlier year's total.
     */
    @Test
    void firstWritesOfAdjacentYearsRacingLeaveTheLaterYearComparedWithTheEarlier() throws Exception {
        String[] teams = {"devon", "plymouth", "torbay", "somerset", "gloucestershire"};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String team : teams) {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Response>> writers = List.of(
                        () -> asAdmin().contentType(ContentType.JSON).body(Kind.BUDGETS.body.apply(100)).put(budgetPath(team, "2018-19")),
                        () -> asAdmin().contentType(ContentType.JSON).body(Kind.BUDGETS.body.apply(200)).put(budgetPath(team, "2019-20")));
                List<Future<Response>> futures = new ArrayList<>();
                for (Callable<Response> writer : writers) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return writer.call();
                    }));
                }
                start.countDown();
                for (Future<Response> f : futures) {
                    assertThat(f.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
                }
                JsonNode newest = newestEvent(team + "/2019-20");
                assertThat(newest.path("data").path("previousYearTotal").asLong()).as(team).isEqualTo(1100);
                reader().get(budgetPath(team, "2019-20")).then().statusCode(200)
                        .header("ETag", "\"" + newest.path("version").asLong() + "\"")
                        .body("previousYear.total", equalTo(1100));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode newestEvent(String aggregateId) throws Exception {
        String payload = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                        "aggregateType = ?1 and aggregateId = ?2 order by version desc", BudgetSubmitted.AGGREGATE, aggregateId)
                .firstResult().payload);
        return JSON.readTree(payload);
    }
}
