package org.yjhub.gateway.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.gateway.TestEvents;
import org.yjhub.gateway.domain.Actions;
import org.yjhub.gateway.readmodel.Change;
import org.yjhub.gateway.repository.Rows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event payloads to read-model rows, and the checks that keep a bad event from failing a transaction for ever. */
class ChangeMapperTest {

    ChangeMapper mapper;

    @BeforeEach
    void setUp() {
        mapper = new ChangeMapper();
        mapper.mapper = TestEvents.JSON;
        mapper.indicators = IndicatorCatalog.load();
    }

    private static EventEnvelope returnWith(ReturnSubmitted.Value... values) {
        return TestEvents.envelope(ReturnSubmitted.AGGREGATE, "medway/2019-20-Q4", ReturnSubmitted.TYPE, 1,
                new ReturnSubmitted("medway", "2019-20-Q4", 1, List.of(values), Instant.now(),
                        "u", null, false), "/performance-service");
    }

    private static ReturnSubmitted.Value v(String indicator, String num, String den, String rate) {
        return new ReturnSubmitted.Value(indicator, new BigDecimal(num), new BigDecimal(den), rate == null ? null : new BigDecimal(rate));
    }

    @Test
    void aGroupBecomesItsFullStateAndAMalformedOneIsRejected() {
        Change.GroupChange c = (Change.GroupChange) mapper.toChange(TestEvents.group("neighbours", 2, "Neighbours",
                "medway", "kent"));
        assertThat(c.group().code()).isEqualTo("neighbours");
        assertThat(c.group().revision()).isEqualTo(2);
        assertThat(c.group().teams()).containsExactly("kent", "medway");

        EventEnvelope good = TestEvents.group("neighbours", 1, "Neighbours", "medway");
        EventEnvelope wrongId = new EventEnvelope(good.id(), good.type(), good.source(), good.aggregateType(), "other",
                good.version(), good.time(), good.data());
        assertThatThrownBy(() -> mapper.toChange(wrongId)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("does not match the group's code");
        ObjectNode noTeams = good.data().deepCopy();
        noTeams.putArray("teams");
        assertThatThrownBy(() -> mapper.toChange(new EventEnvelope(good.id(), good.type(), good.source(),
                good.aggregateType(), good.aggregateId(), good.version(), good.time(), noTeams)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("at least one team");
    }

    @Test
    void aReturnBecomesOneRowPerIndicator() {
        Change.ReturnChange c = (Change.ReturnChange) mapper.toChange(returnWith(
                v("custody-rate", "12", "26000", "0.46153846153846153846"), v("kpi-ete", "3", "4", null)));
        assertThat(c.team()).isEqualTo("medway");
        assertThat(c.quarter().toString()).isEqualTo("2019-20-Q4");
        assertThat(c.values()).hasSize(2);
        assertThat(c.values().get(0).rate()).isEqualByComparingTo("0.46153846153846153846");
        // a missing rate is computed from the catalogue
        assertThat(c.values().get(1).rate()).isEqualByComparingTo("75");
        assertThat(c.meta().aggregateId()).isEqualTo("medway/2019-20-Q4");
    }

    @Test
    void badReturnsAreMalformed() {
        assertThatThrownBy(() -> mapper.toChange(returnWith(v("custody-rate", "1", "10", "100"), v("custody-rate", "2", "10", "200"))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> mapper.toChange(returnWith(v("custody-rate", "1", "0", "1"))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("denominator");
        assertThatThrownBy(() -> mapper.toChange(returnWith(v("custody-rate", "-1", "10", "1"))))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> mapper.toChange(returnWith(v("no-such-kpi", "1", "10", null))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("no-such-kpi");
        EventEnvelope good = returnWith(v("custody-rate", "1", "10", "100"));
        EventEnvelope wrongId = new EventEnvelope(good.id(), good.type(), good.source(), good.aggregateType(),
                "medway/2019-20-Q3", 1, good.time(), good.data());
        assertThatThrownBy(() -> mapper.toChange(wrongId)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("does not match");
        ObjectNode badQuarter = good.data().deepCopy();
        badQuarter.put("quarter", "2019-Q4");
        assertThatThrownBy(() -> mapper.toChange(new EventEnvelope(good.id(), good.type(), good.source(),
                good.aggregateType(), good.aggregateId(), 1, good.time(), badQuarter)))
                .isInstanceOf(MalformedEventException.class);
        ObjectNode wrongType = good.data().deepCopy();
        wrongType.put("values", "many");
        assertThatThrownBy(() -> mapper.toChange(new EventEnvelope(good.id(), good.type(), good.source(),
                good.aggregateType(), good.aggregateId(), 1, good.time(), wrongType)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anInspectionCountsTheActionsNotComplete() {
        String id = UUID.randomUUID().toString();
        Change.InspectionChange c = (Change.InspectionChange) mapper.toChange(TestEvents.inspection(id, "medway", 3,
                LocalDate.of(2020, 3, 10), "REQUIRES_IMPROVEMENT", 18, Map.of("2.1", "GOOD", "1.1", "INADEQUATE"),
                "GREEN", "COMPLETE", "RED", "AMBER"));
        assertThat(c.inspection().openActions()).isEqualTo(3);
        assertThat(c.inspection().actions()).isEqualTo(4);
        assertThat(c.inspection().ratings().keySet()).containsExactly("1.1", "2.1");
        assertThat(c.inspection().publishedPrecision()).isEqualTo("DAY");
        assertThat(c.meta().version()).isEqualTo(3);
    }

    @Test
    void anInspectionKeepsItsFieldworkPlanAndActions() {
        String id = UUID.randomUUID().toString();
        InspectionChanged.Action dated = new InspectionChanged.Action("a-7", null, "Target recruiting needs …",
                "YOT Manager", "30th July 2021 (in place for next recruitment)", null, null, Instant.now(), "7",
                "From HMIP Inspection", List.of("YOT Manager"), LocalDate.of(2021, 7, 30), List.of());
        InspectionChanged.Action shared = new InspectionChanged.Action("a-A", null, "Enhancing the connection …",
                "Chair of the YOSB; YOT Manager", "July Strategic Board Agenda Item", "YELLOW", "started", Instant.now(),
                "A", "From Youth Justice Plan", List.of("Chair of the YOSB", "YOT Manager"), null, List.of("2", "3"));
        InspectionChanged data = new InspectionChanged(id, "milton-keynes", "hmip-youth-2018", 0,
                LocalDate.of(2021, 5, 24), LocalDate.of(2021, 5, 27), null, Map.of("1.1", "GOOD"), Map.of(), 23, "GOOD",
                null, List.of(), java.util.Arrays.asList(dated, null, shared), Instant.now(), "test", false, null, null,
                new InspectionChanged.Plan("Youth Offending Team Action Plan", "DRAFT", null, null, "committee",
                        Instant.now()));
        Rows.InspectionRow row = ((Change.InspectionChange) mapper.toChange(TestEvents.inspection(data, 4))).inspection();

        assertThat(row.fieldworkStart()).isEqualTo(LocalDate.of(2021, 5, 24));
        assertThat(row.fieldworkEnd()).isEqualTo(LocalDate.of(2021, 5, 27));
        // an event without precisions: DAY for the dates it has, null for the publication date it lacks
        assertThat(row.fieldworkPrecision()).isEqualTo("DAY");
        assertThat(row.publishedOn()).isNull();
        assertThat(row.publishedPrecision()).isNull();
        assertThat(row.orderedBy()).isEqualTo(LocalDate.of(2021, 5, 27));
        assertThat(row.plan()).isEqualTo(new Rows.PlanRow("Youth Offending Team Action Plan", "DRAFT", null, null));
        assertThat(row.actions()).isEqualTo(3);
        assertThat(row.openActions()).isEqualTo(2);
        assertThat(row.planActions()).containsExactly(
                new Actions.Action("a-7", id, "7", "Target recruiting needs …", List.of("YOT Manager"),
                        "30th July 2021 (in place for next recruitment)", LocalDate.of(2021, 7, 30), null),
                new Actions.Action("a-A", id, "A", "Enhancing the connection …", List.of("Chair of the YOSB", "YOT Manager"),
                        "July Strategic Board Agenda Item", null, "YELLOW"));
    }

    @Test
    void aFirstReleaseInspectionEventHasItsOneOwnerAndNoPlan() {
        String id = UUID.randomUUID().toString();
        EventEnvelope old = TestEvents.firstRelease(TestEvents.inspection(id, "medway", 2, LocalDate.of(2020, 3, 10),
                "REQUIRES_IMPROVEMENT", 18, Map.of("1.1", "GOOD"), "RED", "COMPLETE"));
        assertThat(old.data().path("actions").get(0).has("owners")).isFalse();
        assertThat(old.data().has("plan")).isFalse();
        Rows.InspectionRow row = ((Change.InspectionChange) mapper.toChange(old)).inspection();
        assertThat(row.plan()).isNull();
        assertThat(row.planActions()).extracting(Actions.Action::owners)
                .containsExactly(List.of("YOT Manager"), List.of("YOT Manager"));
        assertThat(row.planActions()).extracting(Actions.Action::reference).containsOnlyNulls();
        assertThat(row.planActions()).extracting(Actions.Action::dueDate).containsOnlyNulls();
        assertThat(row.planActions()).extracting(Actions.Action::status).containsExactly("RED", "COMPLETE");
        assertThat(row.openActions()).isEqualTo(1);
        assertThat(row.fieldworkPrecision()).isEqualTo("DAY");

        // empty or null owners fall back to owner too; without either the action has no owners
        ObjectNode data = old.data().deepCopy();
        ((ObjectNode) data.path("actions").get(0)).putArray("owners");
        ((ObjectNode) data.path("actions").get(1)).putNull("owners");
        ((ObjectNode) data.path("actions").get(1)).putNull("owner");
        row = ((Change.InspectionChange) mapper.toChange(new EventEnvelope(old.id(), old.type(), old.source(),
                old.aggregateType(), old.aggregateId(), 2, old.time(), data))).inspection();
        assertThat(row.planActions()).extracting(Actions.Action::owners)
                .containsExactly(List.of("YOT Manager"), List.of());
    }

    @Test
    void budgetsTargetsAndStaffing() {
        Change.BudgetChange b = (Change.BudgetChange) mapper.toChange(TestEvents.budget("medway", "2020-21", 2, 100, 611489));
        assertThat(b.budget().total()).isEqualTo(611589);
        assertThat(b.budget().year().toString()).isEqualTo("2020-21");
        assertThat(b.budget().contributions()).extracting(r -> r.partner()).containsExactly("POLICE", "OTHER");
        Change.TargetsChange t = (Change.TargetsChange) mapper.toChange(TestEvents.targets("medway", "2020-21", 1,
                "custody-rate", "0.2", "kpi-ete", "60"));
        assertThat(t.targets()).hasSize(2);
        Change.StaffingChange s = (Change.StaffingChange) mapper.toChange(TestEvents.staffing("medway", "2020-21", 1, "19.79"));
        assertThat(s.staffing().totalFte()).isEqualByComparingTo("19.79");
    }

    @Test
    void theSyntheticFlagIsKeptOnEveryRow() {
        String id = UUID.randomUUID().toString();
        EventEnvelope ret = TestEvents.returned("medway", "2019-20-Q4", 1, TestEvents.value("custody-rate", 1, 1000),
                TestEvents.value("kpi-ete", 3, 4));
        EventEnvelope insp = TestEvents.inspection(id, "medway", 1, LocalDate.of(2020, 3, 10), "GOOD", 20,
                Map.of("1.1", "GOOD"));
        EventEnvelope budget = TestEvents.budget("medway", "2020-21", 1, 100, 200);
        EventEnvelope staffing = TestEvents.staffing("medway", "2020-21", 1, "19.79");

        assertThat(((Change.ReturnChange) mapper.toChange(ret)).values()).extracting(r -> r.synthetic())
                .containsExactly(false, false);
        assertThat(((Change.InspectionChange) mapper.toChange(insp)).inspection().synthetic()).isFalse();
        assertThat(((Change.BudgetChange) mapper.toChange(budget)).budget().synthetic()).isFalse();
        assertThat(((Change.StaffingChange) mapper.toChange(staffing)).staffing().synthetic()).isFalse();

        assertThat(((Change.ReturnChange) mapper.toChange(TestEvents.synthetic(ret))).values())
                .extracting(r -> r.synthetic()).containsExactly(true, true);
        assertThat(((Change.InspectionChange) mapper.toChange(TestEvents.synthetic(insp))).inspection().synthetic()).isTrue();
        assertThat(((Change.BudgetChange) mapper.toChange(TestEvents.synthetic(budget))).budget().synthetic()).isTrue();
        assertThat(((Change.StaffingChange) mapper.toChange(TestEvents.synthetic(staffing))).staffing().synthetic()).isTrue();
    }

    @Test
    void anEventWithoutTheFlagIsReal() {
        EventEnvelope good = returnWith(v("custody-rate", "1", "10", "100"));
        ObjectNode withoutFlag = good.data().deepCopy();
        withoutFlag.remove("synthetic");
        ObjectNode nullFlag = good.data().deepCopy();
        nullFlag.putNull("synthetic");
        for (ObjectNode data : List.of(withoutFlag, nullFlag)) {
            Change.ReturnChange c = (Change.ReturnChange) mapper.toChange(new EventEnvelope(good.id(), good.type(),
                    good.source(), good.aggregateType(), good.aggregateId(), 1, good.time(), data));
            assertThat(c.values().get(0).synthetic()).isFalse();
        }
    }

    @Test
    void otherAggregateTypesAreNotHeld() {
        EventEnvelope other = TestEvents.envelope("something-else", "x", "t", 1, Map.of("a", 1), "/x");
        assertThat(mapper.handles("something-else")).isFalse();
        assertThat(mapper.toChange(other)).isNull();
    }
}
