package org.yjhub.gateway.readmodel;

/**
 * How the change feed writes a change for its clients (the data of one server-sent event). The feed calls it once per
 * change, as the change is published, and hands the same text to every subscriber and to every replay.
 */
public interface ChangeText {

    String of(Change.Meta change);
}
