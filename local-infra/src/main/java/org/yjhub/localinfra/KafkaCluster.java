package org.yjhub.localinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.ElectionNotNeededException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A real three-node Kafka cluster (KRaft; each node a broker and a voter of the controller quorum), every node a
 * {@code kafka.Kafka} JVM of its own on free loopback ports. Topics are replicated to all three nodes and a write is
 * acknowledged ({@code acks=all}) once two of them hold it, the internal topics included: the cluster loses no
 * acknowledged record when one node dies, and goes on taking writes. A node can be killed abruptly (SIGKILL) and
 * restarted on the same ports and data directory; the partitions it led can be found and, for a drill, all moved to
 * it first. Used by the cluster drill ({@code launcher}'s {@code KafkaClusterIT}); the stack's own broker is
 * {@link KafkaBroker}.
 */
public final class KafkaCluster implements AutoCloseable {

    public static final int NODES = 3;

    /**
     * Every node's settings besides its id, ports and directory. Failure detection keeps Kafka's defaults (a dead
     * broker is fenced when it misses {@code broker.session.timeout.ms}, 9 s), so a drill measures what a real cluster
     * would do.
     */
    private static final String SETTINGS = """
            process.roles=broker,controller
            listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
            controller.listener.names=CONTROLLER
            inter.broker.listener.name=PLAINTEXT
            num.partitions=3
            default.replication.factor=3
            min.insync.replicas=2
            unclean.leader.election.enable=false
            offsets.topic.replication.factor=3
            offsets.topic.num.partitions=5
            transaction.state.log.replication.factor=3
            transaction.state.log.min.isr=2
            share.coordinator.state.topic.replication.factor=3
            share.coordinator.state.topic.min.isr=2
            group.initial.rebalance.delay.ms=0
            auto.create.topics.enable=true
            """;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dataDir;
    private final boolean temporary;
    private final String clusterId = Uuid.randomUuid().toString();
    private final List<KafkaNode> nodes = new ArrayList<>();
    private Admin admin;

    /**
     * A cluster whose nodes keep their data under {@code dataDir}/node-N and write their output to {@code logs}/kafka-N.log,
     * on ports chosen now (free at this moment) and kept for the cluster's life.
     */
    public KafkaCluster(Path dataDir, Path logs) {
        this(dataDir, logs, false);
    }

    private KafkaCluster(Path dataDir, Path logs, boolean temporary) {
        this.dataDir = dataDir.toAbsolutePath();
        this.temporary = temporary;
        for (int id = 1; id <= NODES; id++) {
            nodes.add(new KafkaNode(id, LocalServer.freePort(), LocalServer.freePort(), this.dataDir.resolve("node-" + id),
                    logs.toAbsolutePath().resolve("kafka-" + id + ".log")));
        }
    }

    /** Starts a cluster in a fresh temporary directory, which {@link #close()} deletes (the logs stay in {@code logs}). */
    public static KafkaCluster startTemporary(Path logs) {
        try {
            KafkaCluster cluster = new KafkaCluster(Files.createTempDirectory("yj-kafka-cluster-"), logs, true);
            cluster.start();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the three nodes side by side and returns once all three serve as brokers. */
    public synchronized void start() {
        nodes.forEach(this::launch);
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        }
        await("all " + NODES + " nodes to serve", START_TIMEOUT, () -> brokers().size() == NODES);
    }

    /** The bootstrap list a client is given: every node, so that any one of them being down does not matter. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaNode::address).collect(Collectors.joining(","));
    }

    public List<Integer> nodeIds() {
        return nodes.stream().map(KafkaNode::id).toList();
    }

    /** The ids of the brokers the cluster serves from now (registered and not fenced). */
    public Set<Integer> brokers() {
        try {
            return admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream().map(Node::id)
                    .collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The active controller: the node leading the metadata quorum. */
    public int controller() {
        return call(() -> admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId());
    }

    /** Each partition of these topics → the id of the node leading it (-1 while it has no leader). */
    public Map<TopicPartition, Integer> leaders(Collection<String> topics) {
        Map<TopicPartition, Integer> leaders = new LinkedHashMap<>();
        describe(topics).forEach((topic, d) -> d.partitions().forEach(p -> leaders.put(new TopicPartition(topic, p.partition()),
                p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id())));
        return leaders;
    }

    /**
     * Makes {@code nodeId} the leader of every partition of these topics: it becomes each partition's preferred
     * replica (first in its replica list, the replicas themselves unchanged) and a preferred-leader election is held.
     * Returns once it leads them all.
     */
    public void leadAll(Collection<String> topics, int nodeId) {
        Map<TopicPartition, Optional<NewPartitionReassignment>> moves = new LinkedHashMap<>();
        describe(topics).forEach((topic, d) -> {
            for (TopicPartitionInfo p : d.partitions()) {
                List<Integer> replicas = new ArrayList<>(p.replicas().stream().map(Node::id).toList());
                if (!replicas.remove(Integer.valueOf(nodeId))) {
                    throw new IllegalStateException(topic + "-" + p.partition() + " has no replica on node " + nodeId);
                }
                replicas.add(0, nodeId);
                moves.put(new TopicPartition(topic, p.partition()), Optional.of(new NewPartitionReassignment(replicas)));
            }
        });
        call(() -> admin.alterPartitionReassignments(moves).all().get(30, TimeUnit.SECONDS));
        await("the reassignments to finish", Duration.ofSeconds(30),
                () -> call(() -> admin.listPartitionReassignments(moves.keySet()).reassignments().get(10, TimeUnit.SECONDS))
                        .isEmpty());
        await("node " + nodeId + " to lead " + topics, Duration.ofSeconds(30), () -> {
            Map<TopicPartition, Optional<Throwable>> results =
                    call(() -> admin.electLeaders(ElectionType.PREFERRED, moves.keySet()).partitions().get(10, TimeUnit.SECONDS));
            results.values().stream().flatMap(Optional::stream).filter(t -> !(t instanceof ElectionNotNeededException))
                    .findFirst().ifPresent(t -> {
                        throw new IllegalStateException("preferred leader election failed", t);
                    });
            return leaders(topics).values().stream().allMatch(id -> id == nodeId);
        });
    }

    /** Kills the node with SIGKILL, as a crash would: no controlled shutdown, nothing handed over. */
    public void kill(int nodeId) {
        node(nodeId).kill();
    }

    /** Starts a killed node again, on its own ports and data directory; returns once the cluster serves from it again. */
    public void restart(int nodeId) {
        launch(node(nodeId));
        await("node " + nodeId + " to serve again", START_TIMEOUT, () -> brokers().contains(nodeId));
    }

    /** Waits until every replica of every partition, the internal topics' included, is in sync again. */
    public void awaitFullyReplicated(Duration limit) {
        await("every replica to be in sync", limit, () -> {
            Set<String> topics = call(() -> admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(10, TimeUnit.SECONDS));
            return describe(topics).values().stream().flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.isr().size() == p.replicas().size());
        });
    }

    /** Stops every node (SIGTERM, then SIGKILL for one that has not stopped within 20 s); a temporary cluster's data goes. */
    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
        nodes.forEach(KafkaNode::requestStop);
        nodes.forEach(n -> n.awaitStop(20));
        if (temporary) {
            TempDirs.delete(dataDir);
        }
    }

    private void launch(KafkaNode node) {
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(SETTINGS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        node.start(settings, nodes.stream().map(KafkaNode::voter).collect(Collectors.joining(",")), clusterId);
    }

    private KafkaNode node(int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + id + " in the cluster; nodes " + nodeIds()));
    }

    private Map<String, TopicDescription> describe(Collection<String> topics) {
        return call(() -> admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS));
    }

    private interface AdminCall<T> {
        T get() throws ExecutionException, TimeoutException, InterruptedException;
    }

    private static <T> T call(AdminCall<T> call) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Polls {@code done} (an admin call failing counts as not yet) until it holds or {@code limit} passes. */
    private static void await(String what, Duration limit, BooleanSupplier done) {
        long deadline = System.nanoTime() + limit.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("timed out after " + limit.toSeconds() + " s waiting for " + what, last);
    }
}
