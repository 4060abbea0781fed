#!/usr/bin/env bash
# Makes the TLS material and the broker's SCRAM admin login for the SASL_SSL broker of
# deploy/kafka/compose.sasl-ssl.yml, with the JDK's keytool (the JDK 17 that builds the services):
#
#   secrets/broker.p12               the broker's key and self-signed certificate (for the names in KAFKA_TLS_NAMES)
#   secrets/keystore-password        the keystore's password, as the apache/kafka image reads it
#   secrets/truststore.p12           the certificate alone, for kafka-init's and the health check's admin client
#   secrets/kafka_server_jaas.conf   the broker's own SCRAM login between brokers (user admin)
#   secrets/admin-client.properties  an admin client's settings (kafka-init, the health check, kafka-configs.sh)
#   truststore/truststore.p12        the same certificate, mounted into the four services
#
#   KAFKA_KEYSTORE_PASSWORD    required, at least 6 characters
#   KAFKA_TRUSTSTORE_PASSWORD  required, at least 6 characters (the services' YJ_KAFKA_TRUSTSTORE_PASSWORD)
#   KAFKA_ADMIN_PASSWORD       required: the SCRAM user admin, used between brokers and by the tools
#   KAFKA_TLS_NAMES            the broker's host names (default kafka,localhost: its compose name, and the health check)
#   KAFKA_TLS_DAYS             the certificate's validity (default 825)
#
# A certificate your organisation's CA signs replaces the self-signed one: put its key store in secrets/broker.p12 and
# the CA certificate in both truststores. The passwords contain no double quote or backslash (they go into JAAS files).
# Safe to run again: it replaces every file.
set -euo pipefail

: "${KAFKA_KEYSTORE_PASSWORD:?set KAFKA_KEYSTORE_PASSWORD (docs/operations.md, Encrypted, authenticated Kafka)}"
: "${KAFKA_TRUSTSTORE_PASSWORD:?set KAFKA_TRUSTSTORE_PASSWORD}"
: "${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}"
NAMES="${KAFKA_TLS_NAMES:-kafka,localhost}"
DAYS="${KAFKA_TLS_DAYS:-825}"
for p in "$KAFKA_KEYSTORE_PASSWORD" "$KAFKA_TRUSTSTORE_PASSWORD" "$KAFKA_ADMIN_PASSWORD"; do
    if [[ "$p" == *'"'* || "$p" == *'\'* ]]; then
        echo "make-secrets: a password may not contain a double quote or a backslash" >&2
        exit 1
    fi
done

here="$(cd "$(dirname "$0")" && pwd)"
secrets="$here/secrets"
trust="$here/truststore"
san="$(echo "$NAMES" | sed 's/\([^,]*\)/dns:\1/g')"
first="${NAMES%%,*}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the passwords reach keytool through its environment, never its command line
export KAFKA_KEYSTORE_PASSWORD KAFKA_TRUSTSTORE_PASSWORD
rm -f "$secrets/broker.p12" "$secrets/truststore.p12" "$trust/truststore.p12"
keytool -genkeypair -alias broker -keyalg EC -groupname secp256r1 -dname "CN=$first" -ext "SAN=$san" \
    -validity "$DAYS" -keystore "$secrets/broker.p12" -storetype PKCS12 -storepass:env KAFKA_KEYSTORE_PASSWORD
keytool -exportcert -alias broker -rfc -file "$work/broker.pem" -keystore "$secrets/broker.p12" -storetype PKCS12 \
    -storepass:env KAFKA_KEYSTORE_PASSWORD
keytool -importcert -noprompt -alias broker -file "$work/broker.pem" -keystore "$secrets/truststore.p12" \
    -storetype PKCS12 -storepass:env KAFKA_TRUSTSTORE_PASSWORD
cp "$secrets/truststore.p12" "$trust/truststore.p12"

umask 077
printf '%s' "$KAFKA_KEYSTORE_PASSWORD" > "$secrets/keystore-password"
cat > "$secrets/kafka_server_jaas.conf" <<JAAS
KafkaServer {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="admin"
    password="$KAFKA_ADMIN_PASSWORD";
};
JAAS
cat > "$secrets/admin-client.properties" <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
ssl.truststore.location=/etc/kafka/secrets/truststore.p12
ssl.truststore.password=$KAFKA_TRUSTSTORE_PASSWORD
ssl.truststore.type=PKCS12
PROPS
# the broker's container runs as appuser (uid 1000) and the services' as uid 185: they must read what is mounted
chmod 0644 "$secrets"/* "$trust/truststore.p12"
chmod 0755 "$secrets" "$trust"
echo "make-secrets: $secrets and $trust/truststore.p12 ready for $NAMES, valid $DAYS days"
