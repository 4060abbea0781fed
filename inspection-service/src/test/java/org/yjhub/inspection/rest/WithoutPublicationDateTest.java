package org.yjhub.inspection.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yjhub.inspection.Fixtures.Store;
import org.yjhub.inspection.repository.InspectionEntity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.yjhub.inspection.Fixtures.TOKENS;
import static org.yjhub.inspection.Fixtures.as;
import static org.yjhub.inspection.Fixtures.create;
import static org.yjhub.inspection.Fixtures.json;
import static org.yjhub.inspection.Fixtures.problem;

/**
 * Inspections whose paper gives no publication date (Merton 2011: "inspected by HMIP (Probation) in July 2011", no
 * date of publication): the fieldwork dates stand in for it in the team's list and in the one-inspection rule.
 */
@QuarkusTest
class WithoutPublicationDateTest {

    private static final String PATH = "/api/v1/inspections";

    static Map<String, Object> cci(String team, String fieldworkStart, String fieldworkEnd, String publishedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", team);
        body.put("framework", "hmip-cci-2009");
        if (fieldworkStart != null) {
            body.put("fieldworkStart", fieldworkStart);
            body.put("fieldworkEnd", fieldworkEnd);
        }
        if (publishedOn != null) {
            body.put("publishedOn", publishedOn);
        }
        body.put("ratings", Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm",
                "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending", "MODERATE_IMPROVEMENT"));
        return body;
    }

    @Test
    void mertonIsRecordedWithTheFieldworkMonthAndNoPublicationDate() {
        Map<String, Object> merton = cci("merton", "2011-07", "2011-07", null);
        merton.put("source", "Merton Council, Children and Young People Scrutiny Panel, 21 September 2011");

        String id = as(TOKENS.inspector()).body(json(merton)).post(PATH).then()
                .statusCode(201)
                .body("fieldworkStart", equalTo("2011-07"))
                .body("fieldworkEnd", equalTo("2011-07"))
                .body("publishedOn", nullValue())
                .body("plan", nullValue())
                .extract().path("id");

        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id).then()
                .statusCode(200).body("publishedOn", nullValue()).body("fieldworkStart", equalTo("2011-07"));
        given().auth().oauth2(TOKENS.analyst()).get(PATH + "/" + id + "/versions").then()
                .statusCode(200).body("publishedOn", contains((Object) null));
        QuarkusTransaction.requiringNew().run(() -> {
            InspectionEntity head = InspectionEntity.findById(UUID.fromString(id));
            assertThat(head.publishedOn).isNull();
            assertThat(head.publishedPrecision).isNull();
            assertThat(head.fieldworkStart).isEqualTo(LocalDate.of(2011, 7, 1));
            assertThat(head.fieldworkPrecision).isEqualTo("MONTH");
        });
    }

    @Test
    void theSameFieldworkWithoutAPublicationDateIsTheSameInspection() {
        String first = create(cci("sutton", "2011-06-06", "2011-06-10", null));
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(cci("sutton", "2011-06-06", "2011-06-10", null))).post(PATH).then(),
                409)
                .body("existing", equalTo(first))
                .body("detail", containsString("fieldwork 2011-06-06 to 2011-06-10"))
                .body("detail", containsString("no publication date"));
        // with a publication date, the same fieldwork is still the inspection recorded without one
        problem(as(TOKENS.inspector()).body(json(cci("sutton", "2011-06-06", "2011-06-10", "2011-08-01"))).post(PATH)
                .then(), 409).body("existing", equalTo(first));
        assertThat(Store.now()).isEqualTo(before);

        // other fieldwork, another precision or another team are other inspections
        create(cci("sutton", "2011-06-13", "2011-06-17", null));
        create(cci("sutton", "2011-06", "2011-06", null));
        create(cci("ealing", "2011-06-06", "2011-06-10", null));
    }

    @Test
    void anInspectionWithoutAPublicationDateIsTheSameAsOneWithTheSameFieldworkThatHasOne() {
        String published = create(cci("croydon", "2011-03-07", "2011-03-11", "2011-05-20"));
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(cci("croydon", "2011-03-07", "2011-03-11", null))).post(PATH).then(),
                409)
                .body("existing", equalTo(published))
                .body("detail", containsString("published on 2011-05-20"));

        assertThat(Store.now()).isEqualTo(before);
        // two with publication dates keep the publication-date rule only (as before)
        create(cci("croydon", "2011-03-07", "2011-03-11", "2011-05-21"));
    }

    @Test
    void aCorrectionMayDropThePublicationDateButNotIntoAnotherInspectionsFieldwork() {
        String unpublished = create(cci("bromley", "2012-01", "2012-01", null));
        String other = create(cci("bromley", "2012-02", "2012-02", "2012-04"));

        // the same inspection corrected keeps its own key
        as(TOKENS.inspector()).body(json(cci("bromley", "2012-01", "2012-01", "2012-03"))).put(PATH + "/" + unpublished)
                .then().statusCode(200).body("publishedOn", equalTo("2012-03")).body("correction", equalTo(1));
        as(TOKENS.inspector()).body(json(cci("bromley", "2012-01", "2012-01", null))).put(PATH + "/" + unpublished)
                .then().statusCode(200).body("publishedOn", nullValue()).body("correction", equalTo(2));

        Store before = Store.now();
        problem(as(TOKENS.inspector()).body(json(cci("bromley", "2012-01", "2012-01", null))).put(PATH + "/" + other)
                .then(), 409).body("existing", equalTo(unpublished));
        problem(as(TOKENS.inspector()).body(json(cci("bromley", null, null, null))).put(PATH + "/" + other)
                .then(), 422).body("errors.field", contains("publishedOn"));
        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void theTeamsListIsNewestFirstByPublicationOrElseByFieldworkDate() {
        String published2019 = create(cci("havering", "2019-01-07", "2019-01-11", "2019-04-09"));
        String fieldwork2020 = create(cci("havering", "2020-01", "2020-01", null));
        String publishedNov2018 = create(cci("havering", "2018-09", "2018-09", "2018-11"));
        String fieldworkMar2019 = create(cci("havering", "2019-03-04", "2019-03-08", null));

        given().auth().oauth2(TOKENS.analyst()).queryParam("team", "havering").get(PATH).then()
                .statusCode(200)
                .body("id", contains(fieldwork2020, published2019, fieldworkMar2019, publishedNov2018))
                .body("publishedOn", contains(null, "2019-04-09", null, "2018-11"));
    }

    @Test
    void neitherAPublicationDateNorFieldworkIsRefusedAndNothingIsStored() {
        Store before = Store.now();

        problem(as(TOKENS.inspector()).body(json(cci("merton", null, null, null))).post(PATH).then(), 422)
                .body("errors.field", contains("publishedOn"))
                .body("errors[0].message", containsString("fieldwork"));

        assertThat(Store.now()).isEqualTo(before);
    }

    @Test
    void identicalContentWithoutAPublicationDateMakesNoNewVersion() {
        Map<String, Object> body = cci("hounslow", "2011-10", "2011-10", null);
        String id = create(body);
        Store before = Store.now();

        as(TOKENS.inspector()).body(json(body)).put(PATH + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("correction", equalTo(0));

        assertThat(Store.now()).isEqualTo(before);
    }
}
