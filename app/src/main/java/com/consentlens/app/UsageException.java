package com.consentlens.app;

/**
 * A problem with what the user asked for (a port in use, a bad CIDR, an unreadable profile…): the command
 * prints the one-line message and exits 2, without a stack trace.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
