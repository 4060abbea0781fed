package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.yjhub.common.events.EventEnvelope;
import org.yjhub.common.events.Topics;
import org.yjhub.gateway.consumer.Ingest;
import org.yjhub.gateway.events.MalformedEventException;
import org.yjhub.gateway.readmodel.ReadModel;
import org.yjhub.gateway.repository.ReadModelRepository;
import org.yjhub.gateway.service.AggregateModels.RebuildReport;
import org.yjhub.kit.kafka.KafkaSettings;
import org.yjhub.kit.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the read model from the topics: empties the tables, reads every partition of every service topic from the
 * beginning up to the end offsets taken after the tables were emptied, applies each poll's events through the same
 * {@link Ingest} as the live consumer (one transaction per poll), then reloads memory from the tables. The live consumer keeps running; both are
 * version-guarded, so they converge. Readers keep seeing the previous in-memory model until the reload.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    private static final Duration LIMIT = Duration.ofMinutes(30);

    @Inject
    KafkaSettings kafka;

    @Inject
    ReadModelRepository repository;

    @Inject
    Ingest ingest;

    @Inject
    ReadModel readModel;

    private final AtomicBoolean running = new AtomicBoolean();

    public RebuildReport rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("a rebuild is already running");
        }
        try {
            return run();
        } finally {
            running.set(false);
        }
    }

    private RebuildReport run() {
        long started = System.nanoTime();
        Map<String, Object> props = kafka.base("yj-gateway-rebuild");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            Map<String, List<PartitionInfo>> existing;
            try {
                existing = consumer.listTopics(Duration.ofSeconds(10));
            } catch (KafkaException e) {
                throw new ProblemException(503, "service-unavailable", "Service unavailable",
                        "Kafka cannot be reached, so the read model was left as it is: " + e.getMessage(), null);
            }
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, Long> perTopic = new LinkedHashMap<>();
            for (String topic : Topics.ALL) {
                perTopic.put(topic, 0L);
                for (PartitionInfo p : existing.getOrDefault(topic, List.of())) {
                    partitions.add(new TopicPartition(p.topic(), p.partition()));
                }
            }
            repository.truncateAll();
            LOG.infof("rebuild: read model emptied; reading %d partitions of %s", partitions.size(), Topics.ALL);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);

            long records = 0;
            long applied = 0;
            long notNewer = 0;
            long malformed = 0;
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("rebuild did not reach the end offsets within " + LIMIT);
                }
                List<EventEnvelope> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.getOrDefault(tp, 0L)) {
                        continue; // newer than the end taken at the start: the live consumer has it
                    }
                    records++;
                    perTopic.merge(record.topic(), 1L, Long::sum);
                    try {
                        batch.add(ingest.parse(record.value()));
                    } catch (MalformedEventException e) {
                        malformed++;
                        LOG.warnf("rebuild: skipping %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                e.getMessage());
                    }
                }
                if (!batch.isEmpty()) {
                    Ingest.Result result = ingest.ingest(batch);
                    applied += result.applied();
                    notNewer += result.notNewer();
                    malformed += result.malformed();
                }
            }
            readModel.reload();
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("rebuild: %d records, %d applied, %d not newer, %d malformed in %d ms", records, applied,
                    notNewer, malformed, ms);
            return new RebuildReport(records, applied, notNewer, malformed, perTopic, ms);
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
