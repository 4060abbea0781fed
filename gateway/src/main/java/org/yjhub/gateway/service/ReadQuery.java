package org.yjhub.gateway.service;

import jakarta.inject.Inject;
import org.yjhub.gateway.readmodel.ReadModel;

/**
 * What every read view's query works with: the read model's snapshot, the cache of answers kept until the data
 * changes, the JSON and CSV writers, and the checked parameters.
 */
abstract class ReadQuery {

    @Inject
    ReadModel readModel;

    @Inject
    ResponseCache cache;

    @Inject
    Bodies bodies;

    @Inject
    ViewParameters parameters;
}
