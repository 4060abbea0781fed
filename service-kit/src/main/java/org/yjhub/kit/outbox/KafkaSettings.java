package org.yjhub.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * The broker settings under their old name, for the gateway's {@code RebuildService}, which still imports them from
 * here. Typed to this class alone, so that injecting {@link org.yjhub.kit.kafka.KafkaSettings} stays unambiguous.
 *
 * @deprecated use {@link org.yjhub.kit.kafka.KafkaSettings}; this class goes once the gateway imports that one
 */
@Deprecated(forRemoval = true)
@ApplicationScoped
@Typed(KafkaSettings.class)
public class KafkaSettings extends org.yjhub.kit.kafka.KafkaSettings {
}
