package org.yjhub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.performance.Fixtures;
import org.yjhub.localinfra.jwt.Tokens;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The revision lifecycle of returns and targets under conditional requests, as RFC 9110 and service-kit define it (the
 * same answers as budgets and staffing in budget-service): malformed → 400, a condition that does not hold → 412 naming
 * the current revision, a matching If-None-Match on a read → 304; nothing is stored on any failure.
 */
@QuarkusTest
class ConditionalRequestsTest {

    /** No other test writes this team's returns or targets outside the national load years (2015-16 to 2017-18). */
    private static final String TEAM = "city-of-bristol";
    private static final Tokens TOKENS = Fixtures.TOKENS;
    /** This class's own periods for its own team, so that it leaves the shared fresh periods to the other tests. */
    private static final AtomicInteger QUARTERS = new AtomicInteger();
    private static final AtomicInteger YEARS = new AtomicInteger();

    /** The two revisioned resources of the service, each with a fresh aggregate per call. */
    enum Kind {
        RETURNS(() -> "returns/" + quarter(QUARTERS.getAndIncrement()),
                n -> "{\"values\":[{\"indicator\":\"custody-rate\",\"numerator\":" + n + ",\"denominator\":19230}]}",
                ReturnSubmitted.AGGREGATE),
        TARGETS(() -> "targets/" + new FinancialYear(1990 + YEARS.getAndIncrement()),
                n -> "{\"targets\":[{\"indicator\":\"custody-rate\",\"value\":0." + n + "}]}",
                TargetsSet.AGGREGATE);

        final Supplier<String> fresh;
        final IntFunction<String> body;
        final String aggregateType;

        Kind(Supplier<String> fresh, IntFunction<String> body, String aggregateType) {
            this.fresh = fresh;
            this.body = body;
            this.aggregateType = aggregateType;
        }

        String path(String aggregate) {
            return "/api/v1/teams/" + TEAM + "/" + aggregate;
        }

        long revisions(String aggregate) {
            String period = aggregate.substring(aggregate.indexOf('/') + 1);
            return this == RETURNS ? Fixtures.revisions(TEAM, period) : Fixtures.targetRevisions(TEAM, period);
        }

        long heads(String aggregate) {
            String period = aggregate.substring(aggregate.indexOf('/') + 1);
            return this == RETURNS ? Fixtures.returnHeads(TEAM, period) : Fixtures.targetHeads(TEAM, period);
        }

        long events(String aggregate) {
            return Fixtures.events(aggregateType, TEAM + "/" + aggregate.substring(aggregate.indexOf('/') + 1));
        }
    }

    private static Quarter quarter(int n) {
        return new Quarter(new FinancialYear(1990 + n / 4), n % 4 + 1);
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TOKENS.admin()).contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TOKENS.analyst());
    }

    private static ValidatableResponse put(Kind kind, String aggregate, int n, String header, String value) {
        RequestSpecification spec = writer().body(kind.body.apply(n));
        if (header != null) {
            spec = spec.header(header, value);
        }
        return spec.put(kind.path(aggregate)).then().log().ifValidationFails();
    }

    /** A fresh aggregate at revision 2. */
    private static String atRevisionTwo(Kind kind) {
        String aggregate = kind.fresh.get();
        put(kind, aggregate, 1, null, null).statusCode(201).header("ETag", "\"1\"");
        put(kind, aggregate, 2, "If-Match", "\"1\"").statusCode(200).header("ETag", "\"2\"");
        return aggregate;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedIfMatchIs400ProblemAndNothingIsStoredWhetherOrNotTheResourceExists(Kind kind) {
        String absent = kind.fresh.get();
        for (String header : new String[]{"1", "\"1", "latest", "*, \"1\""}) {
            put(kind, absent, 1, "If-Match", header).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://yjhub.org/problems/bad-request"))
                    .body("detail", containsString("If-Match '"))
                    .body("detail", containsString("is malformed"));
        }
        put(kind, absent, 1, "If-None-Match", "latest").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("If-None-Match 'latest' is malformed"));
        assertThat(kind.heads(absent)).isZero();
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
        String aggregate = atRevisionTwo(kind);
        put(kind, aggregate, 3, "If-Match", "W/\"2\"").statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yjhub.org/problems/precondition-failed"))
                .body("currentRevision", equalTo(2))
                .body("currentETag", equalTo("\"2\""));
        assertThat(kind.revisions(aggregate)).isEqualTo(2);
        assertThat(kind.events(aggregate)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStaleIfMatchIs412NamingTheCurrentRevisionAndAListNamingItSucceeds(Kind kind) {
        String aggregate = atRevisionTwo(kind);
        put(kind, aggregate, 3, "If-Match", "\"1\"").statusCode(412)
                .contentType("application/problem+json")
                .body("currentRevision", equalTo(2))
                .body("currentETag", equalTo("\"2\""))
                .body("detail", containsString("is at revision 2 (ETag \"2\")"))
                .body("detail", containsString("Nothing was stored"));
        // well formed but naming no revision of ours: stale, not malformed
        put(kind, aggregate, 3, "If-Match", "\"\", \"-1\", \"12345678901234567890\"").statusCode(412)
                .body("currentRevision", equalTo(2));
        assertThat(kind.revisions(aggregate)).isEqualTo(2);
        assertThat(kind.events(aggregate)).isEqualTo(2);

        put(kind, aggregate, 3, "If-Match", "W/\"2\", \"1\",, \"2\"").statusCode(200).header("ETag", "\"3\"");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void identicalContentUnderAHoldingIfMatchStoresAndPublishesNothing(Kind kind) {
        String aggregate = atRevisionTwo(kind);
        put(kind, aggregate, 2, "If-Match", "\"2\"").statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2));
        assertThat(kind.revisions(aggregate)).isEqualTo(2);
        assertThat(kind.events(aggregate)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void starInIfMatchNeedsAnExistingResourceAndStarInIfNoneMatchCreatesOnlyOnce(Kind kind) {
        String aggregate = kind.fresh.get();
        put(kind, aggregate, 1, "If-Match", "*").statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist yet"))
                .body("currentRevision", nullValue());
        assertThat(kind.heads(aggregate)).as("a rejected write leaves no head row").isZero();

        put(kind, aggregate, 1, "If-None-Match", "*").statusCode(201).header("ETag", "\"1\"");
        put(kind, aggregate, 2, "If-None-Match", "*").statusCode(412)
                .body("currentRevision", equalTo(1))
                .body("detail", containsString("already exists at revision 1"));
        put(kind, aggregate, 2, "If-Match", "*").statusCode(200).header("ETag", "\"2\"");
        assertThat(kind.revisions(aggregate)).isEqualTo(2);
        assertThat(kind.events(aggregate)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyReadAnswers304WhenIfNoneMatchNamesTheCurrentRevisionWeaklyOrStrongly(Kind kind) {
        String aggregate = atRevisionTwo(kind);
        for (String read : new String[]{kind.path(aggregate), kind.path(aggregate) + "/revisions"}) {
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
        }
        put(kind, aggregate, 3, null, null).statusCode(200);
        reader().header("If-None-Match", "\"2\"").get(kind.path(aggregate)).then().statusCode(200).header("ETag", "\"3\"");
        reader().header("If-None-Match", "\"2\"").get(kind.path(aggregate) + "/revisions").then().statusCode(200)
                .header("ETag", "\"3\"").body("revision", equalTo(java.util.List.of(1, 2, 3)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReadOfNothingIs404WhateverIfNoneMatchSays(Kind kind) {
        String aggregate = kind.fresh.get();
        reader().header("If-None-Match", "*").get(kind.path(aggregate)).then().statusCode(404);
        reader().header("If-None-Match", "*").get(kind.path(aggregate) + "/revisions").then().statusCode(404);
    }
}
