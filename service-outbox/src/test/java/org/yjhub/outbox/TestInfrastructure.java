package org.yjhub.outbox;

import io.quarkus.test.common.QuarkusTestResource;
import org.yjhub.testsupport.JwtTestResource;
import org.yjhub.testsupport.KafkaTestResource;
import org.yjhub.testsupport.PostgresTestResource;

/** Real PostgreSQL and Kafka (embedded unless TEST_DB_URL / KAFKA_BOOTSTRAP_SERVERS are set) and test JWT keys. */
@QuarkusTestResource(value = PostgresTestResource.class, parallel = true)
@QuarkusTestResource(value = KafkaTestResource.class, parallel = true)
@QuarkusTestResource(JwtTestResource.class)
public class TestInfrastructure {
}
