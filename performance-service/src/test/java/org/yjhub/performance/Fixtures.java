package org.yjhub.performance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.persistence.EntityManager;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.localinfra.jwt.Tokens;
import org.yjhub.outbox.OutboxEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared test helpers. Every @QuarkusTest in this module runs against one application and one database, so each test
 * writes to periods nobody else uses: {@link #freshQuarter()} hands out distinct past quarters (1990-91 to 2014-15,
 * then 2018-19 up to the last finished quarter) and {@link #freshYear()} distinct past years; the national load test
 * owns 2016-17 ({@link #NATIONAL_YEAR}) and the national re-load test 2017-18 ({@link #RELOAD_YEAR}). Referencing
 * {@link #TOKENS} also applies the REST Assured settings (JSON decimals read as BigDecimal, request and response logged
 * on failure).
 */
public final class Fixtures {

    public static final FinancialYear NATIONAL_YEAR = FinancialYear.parse("2016-17");
    public static final FinancialYear RELOAD_YEAR = FinancialYear.parse("2017-18");

    private static final AtomicInteger QUARTERS = new AtomicInteger();
    private static final AtomicInteger YEARS = new AtomicInteger();

    public static final Tokens TOKENS = Tokens.forTests();

    static {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {
    }

    public static synchronized Quarter freshQuarter() {
        int n = QUARTERS.getAndIncrement();
        Quarter q = new Quarter(new FinancialYear(1990 + n / 4), n % 4 + 1);
        if (q.year().compareTo(FinancialYear.parse("2015-16")) >= 0) {
            // 2015-16 to 2017-18 belong to the national load tests; carry on after them
            q = new Quarter(new FinancialYear(q.year().startYear() + 3), q.number());
        }
        if (q.compareTo(Quarter.containing(LocalDate.now(ZoneId.of("Europe/London"))).previous()) > 0) {
            throw new IllegalStateException("test quarters ran out: " + q + " has not finished yet");
        }
        return q;
    }

    /** Past years from 1990-91, distinct per call (targets of past years are allowed). */
    public static FinancialYear freshYear() {
        return new FinancialYear(1990 + YEARS.getAndIncrement());
    }

    public static long revisions(String team, String quarter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createQuery("select count(r) from ReturnRevisionEntity r where r.team = ?1 and r.quarter = ?2")
                .setParameter(1, team).setParameter(2, quarter).getSingleResult()).longValue());
    }

    public static long returnHeads(String team, String quarter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from kpi_return where team = ?1 and quarter = ?2")
                .setParameter(1, team).setParameter(2, quarter).getSingleResult()).longValue());
    }

    public static long targetRevisions(String team, String year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createQuery("select count(r) from TargetsRevisionEntity r where r.team = ?1 and r.financialYear = ?2")
                .setParameter(1, team).setParameter(2, year).getSingleResult()).longValue());
    }

    public static long targetHeads(String team, String year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from kpi_targets where team = ?1 and financial_year = ?2")
                .setParameter(1, team).setParameter(2, year).getSingleResult()).longValue());
    }

    public static long groupRevisions(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createQuery("select count(r) from GroupRevisionEntity r where r.code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
    }

    public static long groupHeads(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from comparator_group where code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
    }

    /** Outbox rows (pending or sent) of one aggregate. */
    public static long events(String aggregateType, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateType = ?1 and aggregateId = ?2",
                aggregateType, aggregateId));
    }

    /** The outbox payloads (event envelopes as JSON) of one aggregate, oldest first. */
    public static List<String> eventPayloads(String aggregateType, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateType = ?1 and aggregateId = ?2 order by version", aggregateType, aggregateId)
                .stream().map(e -> e.payload).toList());
    }

    /** Return revisions stored for any quarter of the year. */
    public static long revisionsIn(FinancialYear year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createQuery("select count(r) from ReturnRevisionEntity r where r.quarter like ?1")
                .setParameter(1, year + "-Q%").getSingleResult()).longValue());
    }

    public static long allEvents() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    public static long allRevisions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createQuery("select count(r) from ReturnRevisionEntity r").getSingleResult()).longValue());
    }

    private static EntityManager em() {
        return io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
    }

    /** A JSON number equal in value to {@code expected}, whatever its scale or Java type. */
    public static Matcher<Object> num(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(want) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to " + expected);
            }
        };
    }
}
