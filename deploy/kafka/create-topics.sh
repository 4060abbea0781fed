#!/usr/bin/env bash
# Creates the YJ Hub topics, or brings their settings up to date, with Kafka's own command-line tools.
# The topic names are the constants of org.yjhub.common.events.Topics (ComposeFileTest checks that they agree).
#
#   KAFKA_BOOTSTRAP_SERVERS     the cluster (docker-compose.yml: kafka:9092)
#   TOPIC_PARTITIONS            partitions per topic (default 6)
#   TOPIC_REPLICATION_FACTOR    copies of each partition (default 3; docker-compose.yml's single broker: 1)
#   TOPIC_MIN_INSYNC_REPLICAS   copies that must have a write before it counts, with the producers' acks=all
#                               (default 2; docker-compose.yml: 1). Keep it below the replication factor.
#   KAFKA_COMMAND_CONFIG        optional: a client properties file for a secured cluster (TLS/SASL)
#   KAFKA_BIN                   where kafka-topics.sh lives (default /opt/kafka/bin, as in the apache/kafka image)
#
# Every event carries its aggregate's full state, keyed by aggregate id, and the gateway's read model is rebuilt by
# replaying the topics from the start. So the topics keep every event: cleanup.policy=delete with no time or size
# limit (retention.ms=-1, retention.bytes=-1). Compaction is NOT used: two aggregate types on one topic may share a
# key (a team's budget and its staffing for a year are both keyed "team/year" on yjhub.budget.events), and
# compaction would keep only the newer of the two. docs/operations.md explains the choice.
#
# Safe to run again: an existing topic keeps its data and partitions and gets the settings above. The partition
# count is never raised here, since that would move keys between partitions.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}"
PARTITIONS="${TOPIC_PARTITIONS:-6}"
REPLICATION_FACTOR="${TOPIC_REPLICATION_FACTOR:-3}"
MIN_INSYNC_REPLICAS="${TOPIC_MIN_INSYNC_REPLICAS:-2}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

TOPICS=(
    yjhub.inspection.events
    yjhub.performance.events
    yjhub.budget.events
)
CONFIGS=(
    cleanup.policy=delete
    retention.ms=-1
    retention.bytes=-1
    min.insync.replicas="$MIN_INSYNC_REPLICAS"
)

if (( MIN_INSYNC_REPLICAS > REPLICATION_FACTOR )); then
    echo "create-topics: TOPIC_MIN_INSYNC_REPLICAS ($MIN_INSYNC_REPLICAS) exceeds TOPIC_REPLICATION_FACTOR" \
         "($REPLICATION_FACTOR): no write could ever be acknowledged" >&2
    exit 1
fi

client=(--bootstrap-server "$BOOTSTRAP")
if [[ -n "${KAFKA_COMMAND_CONFIG:-}" ]]; then
    client+=(--command-config "$KAFKA_COMMAND_CONFIG")
fi

create_args=()
for c in "${CONFIGS[@]}"; do
    create_args+=(--config "$c")
done
alter_list="$(IFS=,; echo "${CONFIGS[*]}")"

for topic in "${TOPICS[@]}"; do
    "$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --create --if-not-exists --topic "$topic" \
        --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" "${create_args[@]}"
    # For a topic that already existed: bring its settings up to date (no effect on a new one).
    "$KAFKA_BIN/kafka-configs.sh" "${client[@]}" --alter --entity-type topics --entity-name "$topic" \
        --add-config "$alter_list" >/dev/null
    have="$("$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --describe --topic "$topic" \
        | sed -n 's/.*PartitionCount: *\([0-9][0-9]*\).*/\1/p' | head -n 1)"
    if [[ -n "$have" && "$have" != "$PARTITIONS" ]]; then
        echo "create-topics: $topic has $have partitions, not $PARTITIONS; left as it is" \
             "(raising it moves keys between partitions; see docs/operations.md)" >&2
    fi
    echo "create-topics: $topic ready (${have:-$PARTITIONS} partitions, replication factor $REPLICATION_FACTOR, ${alter_list})"
done
