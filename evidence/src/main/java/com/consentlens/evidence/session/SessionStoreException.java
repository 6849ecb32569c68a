package com.consentlens.evidence.session;

/** A session database that cannot be read or written (disk full, corrupt file, closed store). */
public class SessionStoreException extends RuntimeException {
    public SessionStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public SessionStoreException(String message) {
        super(message);
    }
}
