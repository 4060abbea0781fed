package org.yjhub.inspection.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;
import static org.yjhub.inspection.Fixtures.youth;

/**
 * Actions as Milton Keynes' draft action plan (9 September 2021) writes them: several owners, targets written in words
 * with or without a date, sections, references between actions (forward ones too), blank and Yellow statuses.
 */
@QuarkusTest
class ActionPlanAsWrittenTest {

    /** The service's clock (service-kit's, in yj.clock.zone): "today" as the service judges it. */
    @Inject
    Clock clock;

    private static String actions(String inspection) {
        return "/api/v1/inspections/" + inspection + "/actions";
    }

    private static Map<String, Object> action(Object... members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "Review the way in which victims of crime are contacted and supported");
        for (int i = 0; i < members.length; i += 2) {
            body.put((String) members[i], members[i + 1]);
        }
        return body;
    }

    private static String post(String inspection, Map<String, Object> body) {
        return as(TOKENS.authority("milton-keynes")).body(json(body)).post(actions(inspection)).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void anActionHasSeveralOwnersAsWrittenAndTheJoinedOwnerForOlderClients() {
        String id = create(youth("milton-keynes"));

        as(TOKENS.authority("milton-keynes")).body(json(action("reference", "2",
                        "owners", List.of("Chair of the YOSB", "YOSB Members"), "due", "July Strategic Board Agenda Item")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("reference", equalTo("2"))
                .body("owners", contains("Chair of the YOSB", "YOSB Members"))
                .body("owner", equalTo("Chair of the YOSB; YOSB Members"))
                .body("due", equalTo("July Strategic Board Agenda Item"))
                .body("dueDate", nullValue())
                .body("overdue", equalTo(false))
                .body("status", nullValue())
                .body("section", nullValue())
                .body("refersTo", empty());

        // the single owner is still accepted, as shorthand for one
        as(TOKENS.inspector()).body(json(action("owner", "YOT Manager", "due", "2021-09-30"))).post(actions(id)).then()
                .statusCode(201)
                .body("owners", contains("YOT Manager"))
                .body("owner", equalTo("YOT Manager"));

        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .body("actions.owner", contains("Chair of the YOSB; YOSB Members", "YOT Manager"))
                .body("actions[0].owners", contains("Chair of the YOSB", "YOSB Members"));
    }

    @Test
    void aTargetWrittenInWordsKeepsItsWordsBesideItsDate() {
        String id = create(youth("milton-keynes"));

        as(TOKENS.authority("milton-keynes")).body(json(action("reference", "7", "owner", "YOT Manager",
                        "due", "30th July 2021 (in place for next recruitment)", "dueDate", "2021-07-30")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("due", equalTo("30th July 2021 (in place for next recruitment)"))
                .body("dueDate", equalTo("2021-07-30"))
                .body("overdue", equalTo(true));
        as(TOKENS.authority("milton-keynes")).body(json(action("reference", "3",
                        "owners", List.of("YOT Manager", "YOSB Members"), "due", "30th June 2021 onwards",
                        "dueDate", "2021-06-30")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("due", equalTo("30th June 2021 onwards"))
                .body("dueDate", equalTo("2021-06-30"));
        // a date alone is enough: due is then null
        as(TOKENS.authority("milton-keynes")).body(json(action("reference", "8", "owner", "YOT Manager",
                        "dueDate", "2021-08-27")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("due", nullValue())
                .body("dueDate", equalTo("2021-08-27"));
        // an ISO due beside the same dueDate is accepted
        as(TOKENS.authority("milton-keynes")).body(json(action("owner", "YOT Manager", "due", "2021-08-31",
                        "dueDate", "2021-08-31")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("due", equalTo("2021-08-31"))
                .body("dueDate", equalTo("2021-08-31"));
    }

    @Test
    void onlyADatedActionThatIsNotCompleteIsOverdue() {
        String id = create(youth("milton-keynes"));
        LocalDate today = LocalDate.now(clock);

        String green = post(id, action("reference", "12", "owner", "YOT Manager", "due", "30th June 2021",
                "dueDate", "2021-06-30", "status", "GREEN", "progress", "New process is in place"));
        String complete = post(id, action("owner", "YOT Manager", "dueDate", "2021-06-30", "status", "COMPLETE"));
        String meeting = post(id, action("owner", "YOT Manager", "due", "Strategic Board Agenda Item"));
        String future = post(id, action("owner", "YOT Manager", "dueDate", today.plusDays(30).toString()));
        String dueToday = post(id, action("owner", "YOT Manager", "dueDate", today.toString()));

        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .body("actions.id", contains(green, complete, meeting, future, dueToday))
                .body("actions.overdue", contains(true, false, false, false, false));

        // completing an overdue action ends it being overdue
        as(TOKENS.authority("milton-keynes")).body("{\"status\": \"COMPLETE\"}").patch("/api/v1/actions/" + green)
                .then().statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void actionsReferToEachOtherByReferenceEvenBeforeTheOtherExists() {
        String id = create(youth("milton-keynes"));
        String two = post(id, action("reference", "2", "owners", List.of("Chair of the YOSB", "YOSB Members"),
                "due", "July Strategic Board Agenda Item"));

        // B comes before a) in the plan and refers to it: the reference is kept while no action has it yet
        String b = as(TOKENS.authority("milton-keynes")).body(json(action("reference", "B",
                        "section", "From Youth Justice Plan", "owner", "YOT Manager", "due", "30th August 2021",
                        "dueDate", "2021-08-30", "refersTo", List.of("a)", "2"),
                        "progress", "See Point a) below in HMIP Inspection Actions.")))
                .post(actions(id)).then()
                .statusCode(201)
                .body("section", equalTo("From Youth Justice Plan"))
                .body("refersTo.reference", contains("a)", "2"))
                .body("refersTo.action", contains(null, two))
                .extract().path("id");
        String a = as(TOKENS.authority("milton-keynes")).body(json(action("reference", "a)",
                        "section", "From HMIP Inspection", "owner", "YOT Manager", "due", "30th August 2021",
                        "dueDate", "2021-08-30", "refersTo", List.of("B"))))
                .post(actions(id)).then()
                .statusCode(201)
                .body("refersTo.reference", contains("B"))
                .body("refersTo.action", contains(b))
                .extract().path("id");

        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/actions/" + b).then()
                .statusCode(200)
                .body("refersTo.action", contains(a, two));
        given().auth().oauth2(TOKENS.analyst()).get("/api/v1/inspections/" + id).then()
                .statusCode(200)
                .body("actions.reference", contains("2", "B", "a)"))
                .body("actions[1].refersTo.action", contains(a, two))
                .body("actions[2].refersTo.action", contains(b));
    }

    @Test
    void aSecondActionWithTheSameReferenceIs409NamingTheFirstAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        String first = post(id, action("reference", "a)", "owner", "YOT Manager", "due", "30th August 2021"));
        Store before = Store.now();

        problem(as(TOKENS.authority("milton-keynes")).body(json(action("reference", "a)", "owner", "YOSB Members",
                "due", "Strategic Board Agenda Item"))).post(actions(id)).then(), 409)
                .body("existing", equalTo(first))
                .body("detail", containsString("a)"));

        assertThat(Store.now()).isEqualTo(before);
        // the same label in another inspection is another plan's
        post(create(youth("milton-keynes")), action("reference", "a)", "owner", "YOT Manager", "due", "August"));
    }

    @Test
    void invalidOwnersAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        Store before = Store.now();

        refused(id, action("owner", "YOT Manager", "owners", List.of("YOSB Members"), "due", "July"))
                .body("errors.field", containsInAnyOrder("owner", "owners"));
        refused(id, action("due", "July")).body("errors.field", contains("owners"));
        refused(id, action("owners", List.of(), "due", "July")).body("errors.field", contains("owners"));
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "Owner " + i).toList();
        refused(id, action("owners", eleven, "due", "July")).body("errors.field", contains("owners"));
        refused(id, action("owners", List.of("YOT Manager", "YOT manager"), "due", "July"))
                .body("errors.field", contains("owners[1]"))
                .body("errors[0].message", containsString("twice"));
        refused(id, action("owners", List.of("YOT Manager", " "), "due", "July"))
                .body("errors.field", contains("owners[1]"));
        refused(id, action("owners", List.of("o".repeat(201)), "due", "July")).body("errors.field", contains("owners[0]"));
        refused(id, action("owners", List.of("a".repeat(100), "b".repeat(100)), "due", "July"))
                .body("errors.field", contains("owners"));
        refused(id, action("owners", "YOT Manager", "due", "July")).body("errors.field", contains("owners"));
        refused(id, action("owners", List.of(5), "due", "July")).body("errors.field", contains("owners[0]"));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        refused(id, action("owners", withNull, "due", "July")).body("errors.field", contains("owners[0]"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void aMissingOrContradictoryTargetIsRefusedAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        Store before = Store.now();

        refused(id, action("owner", "YOT Manager")).body("errors.field", contains("due"))
                .body("errors[0].message", containsString("dueDate"));
        refused(id, action("owner", "YOT Manager", "due", "2021-07-31", "dueDate", "2021-07-30"))
                .body("errors.field", contains("dueDate"));
        refused(id, action("owner", "YOT Manager", "due", "30th July 2021", "dueDate", "30/07/2021"))
                .body("errors.field", contains("dueDate"));
        refused(id, action("owner", "YOT Manager", "dueDate", "2021-02-30")).body("errors.field", contains("dueDate"));
        refused(id, action("owner", "YOT Manager", "dueDate", 20210730)).body("errors.field", contains("dueDate"));
        refused(id, action("owner", "YOT Manager", "due", "d".repeat(201))).body("errors.field", contains("due"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void invalidSectionsAndReferencesAreRefusedAndNothingIsStored() {
        String id = create(youth("milton-keynes"));
        Store before = Store.now();

        refused(id, action("reference", "A", "owner", "YOT Manager", "due", "July", "refersTo", List.of("2", "A")))
                .body("errors.field", contains("refersTo[1]"))
                .body("errors[0].message", containsString("own reference"));
        refused(id, action("reference", "A", "owner", "YOT Manager", "due", "July", "refersTo", List.of("2", "3", "2")))
                .body("errors.field", contains("refersTo[2]"));
        refused(id, action("owner", "YOT Manager", "due", "July", "refersTo", List.of("r".repeat(51))))
                .body("errors.field", contains("refersTo[0]"));
        List<String> many = IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList();
        refused(id, action("owner", "YOT Manager", "due", "July", "refersTo", many))
                .body("errors.field", contains("refersTo"));
        refused(id, action("owner", "YOT Manager", "due", "July", "refersTo", "2"))
                .body("errors.field", contains("refersTo"));
        refused(id, action("owner", "YOT Manager", "due", "July", "section", "s".repeat(201)))
                .body("errors.field", contains("section"));
        refused(id, action("owner", "YOT Manager", "due", "July", "section", "From\u0000HMIP"))
                .body("errors.field", contains("section"));

        assertThat(Store.now()).isEqualTo(before);
    }

    private static io.restassured.response.ValidatableResponse refused(String inspection, Map<String, Object> body) {
        return problem(as(TOKENS.authority("milton-keynes")).body(json(body)).post(actions(inspection)).then(), 422);
    }
}
