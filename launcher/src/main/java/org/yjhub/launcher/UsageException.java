package org.yjhub.launcher;

/** A command-line mistake or an environment problem the user can fix; printed without a stack trace. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
