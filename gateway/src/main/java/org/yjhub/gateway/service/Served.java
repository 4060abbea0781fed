package org.yjhub.gateway.service;

import org.yjhub.kit.http.Body;

import java.time.Instant;

/** An answer and the time of the newest event behind it (null before the first event). */
public record Served(Body body, Instant dataAsOf) {
}
