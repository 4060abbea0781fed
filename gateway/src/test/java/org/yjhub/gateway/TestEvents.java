package org.yjhub.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.Topics;
import org.yjhub.common.events.budget.BudgetSubmitted;
import org.yjhub.common.events.budget.StaffingSubmitted;
import org.yjhub.common.events.inspection.InspectionChanged;
import org.yjhub.common.events.performance.GroupDefined;
import org.yjhub.common.events.performance.ReturnSubmitted;
import org.yjhub.common.events.performance.TargetsSet;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.testsupport.KafkaTestResource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Builds the services' events as they publish them (EventEnvelope JSON, key = aggregate id, CloudEvents headers) and
 * sends them to the real broker.
 */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final IndicatorCatalog INDICATORS = IndicatorCatalog.load();
    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers(),
                    "acks", "all", "enable.idempotence", "true"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** One value of a return: indicator, numerator, denominator; the rate as the service computes it. */
    public static ReturnSubmitted.Value value(String indicator, long numerator, long denominator) {
        BigDecimal n = BigDecimal.valueOf(numerator);
        BigDecimal d = BigDecimal.valueOf(denominator);
        return new ReturnSubmitted.Value(indicator, n, d, INDICATORS.find(indicator).orElseThrow().rate(n, d));
    }

    public static EventEnvelope returned(String team, String quarter, long revision, ReturnSubmitted.Value... values) {
        ReturnSubmitted data = new ReturnSubmitted(team, quarter, revision, List.of(values), Instant.now(),
                "user-authority-" + team, "test", false);
        return envelope(ReturnSubmitted.AGGREGATE, ReturnSubmitted.aggregateId(team, quarter), ReturnSubmitted.TYPE,
                revision, data, "/performance-service");
    }

    public static EventEnvelope targets(String team, String year, long revision, Object... indicatorValuePairs) {
        List<TargetsSet.Target> targets = new ArrayList<>();
        for (int i = 0; i < indicatorValuePairs.length; i += 2) {
            targets.add(new TargetsSet.Target((String) indicatorValuePairs[i], new BigDecimal(indicatorValuePairs[i + 1].toString())));
        }
        TargetsSet data = new TargetsSet(team, year, revision, targets, Instant.now(), "user-authority-" + team);
        return envelope(TargetsSet.AGGREGATE, TargetsSet.aggregateId(team, year), TargetsSet.TYPE, revision, data,
                "/performance-service");
    }

    public static EventEnvelope inspection(String id, String team, long version, LocalDate publishedOn, String overall,
                                           Integer score, Map<String, String> ratings, String... actionStatuses) {
        List<InspectionChanged.Action> actions = new ArrayList<>();
        for (String status : actionStatuses) {
            actions.add(action(Integer.toString(actions.size() + 1), "do something", List.of("YOT Manager"),
                    "July Strategic Board", null, status));
        }
        return inspection(new InspectionChanged(id, team, "hmip-youth-2018", 0, publishedOn.minusMonths(3),
                publishedOn.minusMonths(2), publishedOn, ratings, null, score, overall, null, List.of(), actions,
                Instant.now(), "test", false, "DAY", "DAY", null), version);
    }

    /** An inspection event with the given state, as the inspection-service publishes it. */
    public static EventEnvelope inspection(InspectionChanged data, long version) {
        return envelope(InspectionChanged.AGGREGATE, data.id(), InspectionChanged.TYPE, version, data,
                "/inspection-service");
    }

    /** An improvement-plan action of the current contract: owners as a list, {@code owner} them joined with "; ". */
    public static InspectionChanged.Action action(String reference, String text, List<String> owners, String due,
                                                  LocalDate dueDate, String status) {
        return new InspectionChanged.Action(UUID.randomUUID().toString(), null, text, String.join("; ", owners), due,
                status, null, Instant.now(), reference, null, owners, dueDate, List.of());
    }

    /**
     * The same event as published before issue 16: none of the fields added since (the plan; a recommendation's
     * number, owner and progress; an action's reference, section, owners, dueDate and refersTo).
     */
    public static EventEnvelope firstRelease(EventEnvelope e) {
        ObjectNode data = e.data().deepCopy();
        data.remove("plan");
        for (var r : data.path("recommendations")) {
            ((ObjectNode) r).remove(List.of("number", "owner", "progress"));
        }
        for (var a : data.path("actions")) {
            ((ObjectNode) a).remove(List.of("reference", "section", "owners", "dueDate", "refersTo"));
        }
        return new EventEnvelope(e.id(), e.type(), e.source(), e.aggregateType(), e.aggregateId(), e.version(),
                e.time(), data);
    }

    public static EventEnvelope budget(String team, String year, long revision, long staff, long delegated) {
        List<BudgetSubmitted.Contribution> contributions = List.of(
                new BudgetSubmitted.Contribution("POLICE", null, staff, 0, staff, null),
                new BudgetSubmitted.Contribution("OTHER", "Strengthening Families", 0, delegated, delegated, null));
        BudgetSubmitted data = new BudgetSubmitted(team, year, revision, contributions, staff, delegated,
                staff + delegated, null, Instant.now(), "user-authority-" + team, "test", false);
        return envelope(BudgetSubmitted.AGGREGATE, BudgetSubmitted.aggregateId(team, year), BudgetSubmitted.TYPE,
                revision, data, "/budget-service");
    }

    public static EventEnvelope staffing(String team, String year, long revision, String totalFte) {
        StaffingSubmitted data = new StaffingSubmitted(team, year, revision,
                List.of(new StaffingSubmitted.Fte("Case manager", "PERMANENT", new BigDecimal(totalFte))),
                new BigDecimal(totalFte), List.of(), Instant.now(), "user-authority-" + team, "test", false);
        return envelope(StaffingSubmitted.AGGREGATE, StaffingSubmitted.aggregateId(team, year), StaffingSubmitted.TYPE,
                revision, data, "/budget-service");
    }

    /** A comparator group as the performance-service publishes it (PUT /api/v1/groups/{code}). */
    public static EventEnvelope group(String code, long revision, String name, String... teams) {
        GroupDefined data = new GroupDefined(code, revision, name, "defined in a test",
                java.util.Arrays.stream(teams).sorted().toList(), null, Instant.now(), "user-analyst");
        return envelope(GroupDefined.AGGREGATE, GroupDefined.aggregateId(code), GroupDefined.TYPE, revision, data,
                "/performance-service");
    }

    /**
     * The same event as ./yj load-synthetic publishes it: {@code synthetic: true} (the builders above make real
     * records, {@code synthetic: false}) and a synthetic provenance note. Same id, version and time otherwise.
     */
    public static EventEnvelope synthetic(EventEnvelope e) {
        ObjectNode data = e.data().deepCopy();
        data.put("synthetic", true);
        data.put("source", "./yj load-synthetic");
        return new EventEnvelope(e.id(), e.type(), e.source(), e.aggregateType(), e.aggregateId(), e.version(),
                e.time(), data);
    }

    public static EventEnvelope envelope(String aggregateType, String aggregateId, String type, long version,
                                         Object data, String source) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, source, aggregateType, aggregateId, version,
                Instant.now(), JSON.valueToTree(data));
    }

    public static String topicOf(EventEnvelope e) {
        return switch (e.aggregateType()) {
            case ReturnSubmitted.AGGREGATE, TargetsSet.AGGREGATE, GroupDefined.AGGREGATE -> Topics.PERFORMANCE;
            case BudgetSubmitted.AGGREGATE, StaffingSubmitted.AGGREGATE -> Topics.BUDGET;
            case InspectionChanged.AGGREGATE -> Topics.INSPECTION;
            default -> throw new IllegalArgumentException(e.aggregateType());
        };
    }

    /** Sends the events (in order) and waits for the broker's acknowledgement. */
    public static void send(EventEnvelope... events) {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (EventEnvelope e : events) {
            sent.add(producer().send(new ProducerRecord<>(topicOf(e), e.aggregateId(), write(e))));
        }
        producer().flush();
        for (java.util.concurrent.Future<?> f : sent) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (Exception ex) {
                throw new IllegalStateException("cannot send an event", ex);
            }
        }
    }

    public static void sendRaw(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** Sends the events and waits until the gateway's in-memory read model holds each one's version (or a newer one). */
    public static void sendAndAwait(org.yjhub.gateway.readmodel.ReadModel readModel, EventEnvelope... events) {
        send(events);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> java.util.Arrays.stream(events)
                        .allMatch(e -> readModel.version(e.aggregateType(), e.aggregateId()) >= e.version()));
    }

    public static String write(EventEnvelope e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
