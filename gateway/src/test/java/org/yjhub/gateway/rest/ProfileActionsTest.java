package org.yjhub.gateway.rest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.gateway.TestEvents;
import org.yjhub.gateway.Sql;
import org.yjhub.gateway.TestClock;
import org.yjhub.gateway.consumer.Ingest;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.localinfra.jwt.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.gateway.TestEvents.action;
import static org.yjhub.gateway.TestEvents.firstRelease;
import static org.yjhub.gateway.TestEvents.sendAndAwait;

/**
 * The profile's improvement plans from inspection events on the real broker: the newest inspection by publication date
 * or, without one, by fieldwork date; its fieldwork dates and plan; the actions of all the team's inspections by status
 * and the overdue ones on the gateway's date (moved here with TestClock), first-release events (no owners,
 * no plan) beside current ones; and the same snapshot and answers from the tables (a restart) and from the topics (a
 * rebuild). South West teams: devon (a first-release inspection and a current one with a plan, corrected once),
 * plymouth (three inspections, the newest known only by its fieldwork), torbay (a first-release inspection only).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileActionsTest {

    static final Tokens TOKENS = Tokens.forTests();
    static final LocalDate TODAY = LocalDate.of(2022, 9, 9);
    static final LocalDate JUNE_30 = LocalDate.of(2022, 6, 30);

    static final String DEVON_OLD = UUID.randomUUID().toString();
    static final String DEVON_NEW = UUID.randomUUID().toString();
    static final String PLYMOUTH_2020 = UUID.randomUUID().toString();
    static final String PLYMOUTH_FIELDWORK_ONLY = UUID.randomUUID().toString();
    static final String PLYMOUTH_2021 = UUID.randomUUID().toString();
    static final String TORBAY = UUID.randomUUID().toString();

    @Inject
    ReadModel readModel;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    /** Devon's current inspection: no publication date yet, fieldwork in March 2022; {@code three} is action 3's status. */
    private static InspectionChanged devon(String three, InspectionChanged.Plan plan) {
        List<InspectionChanged.Action> actions = List.of(
                action("1", "Agree a protocol with the police for out-of-court disposals", List.of("Head of Service"),
                        "8th September 2022", TODAY.minusDays(1), null),
                action("2", "Review the management board's terms of reference", List.of("Chair of the Board", "Head of Service"),
                        "9th September 2022", TODAY, "GREEN"),
                action("3", "Audit the quality of risk of harm assessments", List.of("Practice Manager"),
                        "30th June 2022", JUNE_30, three),
                action("4", "Recruit a seconded probation officer", List.of("National Probation Service"),
                        "30th June 2022", JUNE_30, "COMPLETE"),
                action("5", "Report on education outcomes", List.of("Head of Service"), "July Strategic Board", null, "RED"),
                action("6", "Refresh the victims' contact procedure", List.of("Victims Worker"), "30th June 2022",
                        JUNE_30, "YELLOW"));
        return new InspectionChanged(DEVON_NEW, "devon", "hmip-youth-2018", 0, LocalDate.of(2022, 3, 7),
                LocalDate.of(2022, 3, 11), null, ProfileResourceTest.ratings("GOOD"), Map.of(), 24, "GOOD", null,
                List.of(), actions, Instant.now(), "test", false, "DAY", null, plan);
    }

    private static InspectionChanged dated(String id, String team, LocalDate fieldworkEnd, LocalDate publishedOn) {
        return new InspectionChanged(id, team, "hmip-headline", 0, fieldworkEnd.minusDays(4), fieldworkEnd, publishedOn,
                Map.of(), Map.of(), null, "GOOD", null, List.of(), List.of(), Instant.now(), "test", false, "DAY",
                publishedOn == null ? null : "DAY", null);
    }

    @BeforeAll
    void publish() {
        EventEnvelope devonOld = TestEvents.inspection(DEVON_OLD, "devon", 1, LocalDate.of(2019, 6, 4),
                "REQUIRES_IMPROVEMENT", 17, ProfileResourceTest.ratings("REQUIRES_IMPROVEMENT"), "RED", "COMPLETE");
        sendAndAwait(readModel,
                firstRelease(devonOld),
                TestEvents.inspection(devon("AMBER", new InspectionChanged.Plan("Youth Justice Service Improvement Plan",
                        "DRAFT", "October Management Board", null, "test", Instant.now())), 1),
                // a correction: action 3 completed, the plan agreed with a date
                TestEvents.inspection(devon("COMPLETE", new InspectionChanged.Plan("Youth Justice Service Improvement Plan",
                        "AGREED", "20th October 2022", LocalDate.of(2022, 10, 20), "test", Instant.now())), 2),
                TestEvents.inspection(dated(PLYMOUTH_2020, "plymouth", LocalDate.of(2019, 10, 18), LocalDate.of(2020, 1, 15)), 1),
                TestEvents.inspection(dated(PLYMOUTH_FIELDWORK_ONLY, "plymouth", LocalDate.of(2021, 2, 1), null), 1),
                TestEvents.inspection(dated(PLYMOUTH_2021, "plymouth", LocalDate.of(2020, 11, 13), LocalDate.of(2021, 1, 10)), 1),
                firstRelease(TestEvents.inspection(TORBAY, "torbay", 4, LocalDate.of(2018, 11, 20), "GOOD", 20,
                        ProfileResourceTest.ratings("GOOD"), "AMBER", "GREEN", "COMPLETE")));
    }

    @BeforeEach
    void today() {
        at(TODAY);
    }

    @AfterEach
    void systemDate() {
        TestClock.reset();
    }

    /** The gateway's date from now until the end of the test. */
    private static void at(LocalDate date) {
        TestClock.at(date);
    }

    private static RequestSpecification analyst() {
        return given().header("Authorization", "Bearer " + TOKENS.analyst());
    }

    @Test
    void theNewestInspectionShowsItsFieldworkAndPlan() {
        analyst().when().get("/api/v1/teams/devon/profile")
                .then().statusCode(200)
                // no publication date yet: its fieldwork (March 2022) makes it newer than the 2019 report
                .body("inspection.id", equalTo(DEVON_NEW))
                .body("inspection.fieldworkStart", equalTo("2022-03-07"))
                .body("inspection.fieldworkEnd", equalTo("2022-03-11"))
                .body("inspection.fieldworkPrecision", equalTo("DAY"))
                .body("inspection.publishedOn", nullValue())
                .body("inspection.publishedPrecision", nullValue())
                .body("inspection.plan", equalTo(Map.of("title", "Youth Justice Service Improvement Plan",
                        "status", "AGREED", "due", "20th October 2022", "dueDate", "2022-10-20")));
    }

    @Test
    void actionsAcrossTheTeamsInspectionsByStatusAndOverdue() {
        analyst().when().get("/api/v1/teams/devon/profile")
                .then().statusCode(200)
                // first release: RED, COMPLETE; current: not rated, GREEN, COMPLETE (corrected), COMPLETE, RED, YELLOW
                .body("openActions", equalTo(5))
                .body("actions.open", equalTo(5))
                .body("actions.byStatus", equalTo(Map.of("GREEN", 1, "AMBER", 1, "RED", 2, "COMPLETE", 3,
                        "NOT_RATED", 1)))
                // due today (2) is not overdue yet; COMPLETE (3, 4) and undated (5, and the first release's) never are
                .body("actions.overdue.reference", equalTo(List.of("6", "1")))
                .body("actions.overdue.daysOverdue", equalTo(List.of(71, 1)))
                .body("actions.overdue[0].inspection", equalTo(DEVON_NEW))
                .body("actions.overdue[0].text", equalTo("Refresh the victims' contact procedure"))
                .body("actions.overdue[0].owners", equalTo(List.of("Victims Worker")))
                .body("actions.overdue[0].due", equalTo("30th June 2022"))
                .body("actions.overdue[0].dueDate", equalTo("2022-06-30"))
                .body("actions.overdue[0].status", equalTo("AMBER"))
                .body("actions.overdue[1].status", nullValue())
                .body("actions.overdue[1].owners", equalTo(List.of("Head of Service")));
        String action6 = readModel.snapshot().inspections("devon").get(0).planActions().get(5).id();
        analyst().when().get("/api/v1/teams/devon/profile").then().body("actions.overdue[0].id", equalTo(action6));
    }

    @Test
    void theDateIsPartOfTheAnswerAndItsEtag() {
        Response today = analyst().when().get("/api/v1/teams/devon/profile");
        String etag = today.header("ETag");
        analyst().header("If-None-Match", etag).when().get("/api/v1/teams/devon/profile").then().statusCode(304);

        // the next day: action 2 (due today) is overdue, the others a day more; the kept answer is not served
        at(TODAY.plusDays(1));
        Response tomorrow = analyst().header("If-None-Match", etag).when().get("/api/v1/teams/devon/profile");
        tomorrow.then().statusCode(200)
                .body("actions.overdue.reference", equalTo(List.of("6", "1", "2")))
                .body("actions.overdue.daysOverdue", equalTo(List.of(72, 2, 1)))
                .body("actions.overdue[2].status", equalTo("GREEN"));
        assertThat(tomorrow.header("ETag")).isNotEqualTo(etag);
        assertThat(tomorrow.header("X-Data-As-Of")).isEqualTo(today.header("X-Data-As-Of"));

        // a team without overdue actions keeps its answer and ETag from one day to the next
        at(TODAY);
        String torbay = analyst().when().get("/api/v1/teams/torbay/profile").header("ETag");
        at(TODAY.plusDays(1));
        analyst().header("If-None-Match", torbay).when().get("/api/v1/teams/torbay/profile").then().statusCode(304);

        // back on the first day, the first answer again
        at(TODAY);
        analyst().header("If-None-Match", etag).when().get("/api/v1/teams/devon/profile").then().statusCode(304);
    }

    @Test
    void anInspectionWithoutAPublicationDateIsOrderedByItsFieldwork() {
        assertThat(readModel.snapshot().inspections("plymouth")).extracting(InspectionRow::id)
                .containsExactly(PLYMOUTH_FIELDWORK_ONLY, PLYMOUTH_2021, PLYMOUTH_2020);
        analyst().when().get("/api/v1/teams/plymouth/profile")
                .then().statusCode(200)
                .body("inspection.id", equalTo(PLYMOUTH_FIELDWORK_ONLY))
                .body("inspection.publishedOn", nullValue())
                .body("inspection.fieldworkEnd", equalTo("2021-02-01"))
                .body("inspection.plan", nullValue())
                .body("actions.open", equalTo(0))
                .body("actions.overdue", equalTo(List.of()));
        analyst().queryParam("quarter", "2022-23-Q1").when().get("/api/v1/regions/south-west/dashboard")
                .then().statusCode(200)
                .body("teams.find { it.team == 'plymouth' }.inspection.id", equalTo(PLYMOUTH_FIELDWORK_ONLY));
    }

    @Test
    void aFirstReleaseEventCountsItsActionsWithItsOneOwner() throws Exception {
        analyst().when().get("/api/v1/teams/torbay/profile")
                .then().statusCode(200)
                .body("inspection.id", equalTo(TORBAY))
                .body("inspection.fieldworkStart", equalTo("2018-08-20"))
                .body("inspection.fieldworkPrecision", equalTo("DAY"))
                .body("inspection.plan", nullValue())
                .body("openActions", equalTo(2))
                .body("actions.open", equalTo(2))
                .body("actions.byStatus", equalTo(Map.of("GREEN", 1, "AMBER", 1, "RED", 0, "COMPLETE", 1,
                        "NOT_RATED", 0)))
                .body("actions.overdue", equalTo(List.of()));
        assertThat(rows("SELECT position || '|' || owners::text || '|' || coalesce(due_date::text, '-') || '|' || status "
                + "FROM rm_action WHERE inspection = '" + TORBAY + "' ORDER BY position")).containsExactly(
                "0|[\"YOT Manager\"]|-|AMBER", "1|[\"YOT Manager\"]|-|GREEN", "2|[\"YOT Manager\"]|-|COMPLETE");
    }

    @Test
    void aTeamWithoutInspectionsHasZeroActions() {
        analyst().when().get("/api/v1/teams/swindon/profile")
                .then().statusCode(200)
                .body("inspection", nullValue())
                .body("openActions", equalTo(0))
                .body("actions.open", equalTo(0))
                .body("actions.byStatus", equalTo(Map.of("GREEN", 0, "AMBER", 0, "RED", 0, "COMPLETE", 0,
                        "NOT_RATED", 0)))
                .body("actions.overdue", equalTo(List.of()));
    }

    @Test
    void aCorrectionReplacesTheStoredActionsAndPlan() throws Exception {
        assertThat(rows("SELECT reference || '|' || coalesce(status, '-') || '|' || owners::text FROM rm_action "
                + "WHERE inspection = '" + DEVON_NEW + "' ORDER BY position")).containsExactly(
                "1|-|[\"Head of Service\"]", "2|GREEN|[\"Chair of the Board\", \"Head of Service\"]",
                "3|COMPLETE|[\"Practice Manager\"]", "4|COMPLETE|[\"National Probation Service\"]",
                "5|RED|[\"Head of Service\"]", "6|YELLOW|[\"Victims Worker\"]");
        assertThat(rows("SELECT plan ->> 'status' FROM rm_inspection WHERE id = '" + DEVON_NEW + "'"))
                .containsExactly("AGREED");
    }

    @Test
    void theTablesAndTheTopicsGiveTheSameSnapshotAndAnswers() throws Exception {
        Map<String, List<InspectionRow>> rows = inspections();
        List<String> answers = answers();

        // a restart: memory from the tables
        readModel.reload();
        assertThat(inspections()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(answers);

        // a rebuild: the tables from the topics, first-release events included
        given().header("Authorization", "Bearer " + TOKENS.admin()).when().post("/api/v1/admin/rebuild")
                .then().statusCode(200).body("topics.'yjhub.inspection.events'", greaterThanOrEqualTo(7));
        assertThat(inspections()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(answers);

        // and older versions arriving again change nothing
        double notNewer = notNewer();
        TestEvents.send(TestEvents.inspection(devon("AMBER", null), 1),
                firstRelease(TestEvents.inspection(devon("RED", null), 2)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> notNewer() >= notNewer + 2);
        assertThat(inspections()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(answers);
    }

    private double notNewer() {
        var counter = registry.find(Ingest.EVENTS_METRIC).tag("outcome", "not-newer").counter();
        return counter == null ? 0 : counter.count();
    }

    private Map<String, List<InspectionRow>> inspections() {
        return Map.of("devon", readModel.snapshot().inspections("devon"),
                "plymouth", readModel.snapshot().inspections("plymouth"),
                "torbay", readModel.snapshot().inspections("torbay"));
    }

    private static List<String> answers() {
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/api/v1/teams/devon/profile", "/api/v1/teams/plymouth/profile",
                "/api/v1/teams/torbay/profile", "/api/v1/regions/south-west/dashboard?quarter=2022-23-Q1")) {
            Response r = analyst().when().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            answers.add(path + " " + r.header("ETag") + " " + r.asString());
        }
        return answers;
    }

    private List<String> rows(String sql) throws Exception {
        return Sql.column(dataSource, sql);
    }
}
