package com.consentlens.evidence.session;

/** The named session does not exist in the data directory. */
public class NoSuchSessionException extends RuntimeException {
    public NoSuchSessionException(String name) {
        super("no session named '" + name + "'");
    }
}
