package org.yjhub.gateway.readmodel;

/**
 * How the change feed writes its events' data for its clients. The feed calls {@link #of} once per change, as the
 * change is published, and sends the same frame to every subscriber and to every replay; {@link #reload} once per
 * client that reconnects and cannot be resumed.
 */
public interface ChangeText {

    String of(Change.Meta change);

    /** The data of a 'reload' event: why the client must re-read everything. */
    String reload(String reason);
}
