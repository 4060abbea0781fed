package org.yjhub.gateway.events;

/** An event whose data cannot become read-model rows; it can never become valid, so it is logged and skipped. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
