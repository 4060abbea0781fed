package org.yjhub.gateway.readmodel;

import org.yjhub.common.events.EventEnvelope;

/**
 * Turns newer events of some aggregate types into read-model rows. Called by the event applier inside its
 * transaction, only for events that passed the version check.
 */
public interface Projection {

    boolean handles(String aggregateType);

    void apply(EventEnvelope event);
}
