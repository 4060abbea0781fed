#!/usr/bin/env bash
# Formats the KRaft storage of deploy/kafka/compose.sasl-ssl.yml's broker with its SCRAM users, before its first
# start: SCRAM credentials live in the metadata log, so a broker that accepts only SASL_SSL needs them from the
# beginning (the apache/kafka image's own start formats without users). A storage already formatted is left as it
# is, users included; add or change users on a running cluster with kafka-configs.sh (docs/operations.md).
#
#   CLUSTER_ID                 the KRaft cluster id (the broker's)
#   KAFKA_ADMIN_PASSWORD       the user admin: between brokers, kafka-init, the health check
#   INSPECTION_KAFKA_PASSWORD, PERFORMANCE_KAFKA_PASSWORD, BUDGET_KAFKA_PASSWORD, GATEWAY_KAFKA_PASSWORD
#                              the users inspection, performance, budget and gateway, one per service
#   KAFKA_LOG_DIRS             the storage (default /var/lib/kafka/data)
set -euo pipefail

: "${CLUSTER_ID:?}"
DATA="${KAFKA_LOG_DIRS:-/var/lib/kafka/data}"
if [[ -f "$DATA/meta.properties" ]]; then
    echo "format-storage: $DATA is already formatted; users unchanged"
    exit 0
fi

users=(admin inspection performance budget gateway)
scram=()
for user in "${users[@]}"; do
    if [[ "$user" == admin ]]; then variable=KAFKA_ADMIN_PASSWORD; else variable="${user^^}_KAFKA_PASSWORD"; fi
    password="${!variable:-}"
    if [[ -z "$password" ]]; then
        echo "format-storage: $variable is not set" >&2
        exit 1
    fi
    scram+=(--add-scram "SCRAM-SHA-512=[name=$user,password=$password]")
done

# only what formatting reads; the broker's own settings come from compose.sasl-ssl.yml
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
cat > "$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
controller.listener.names=CONTROLLER
listeners=SASL_SSL://:9092,CONTROLLER://:9093
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL
inter.broker.listener.name=SASL_SSL
log.dirs=$DATA
PROPS
/opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" --config "$config" "${scram[@]}"
echo "format-storage: $DATA formatted with users ${users[*]}"
