package com.consentlens.certs;

/**
 * The CA could not be created, read or written: an unwritable data directory, a corrupt or half-written
 * {@code ca.pem}/{@code ca.key}, or a key that does not belong to the certificate. The message is one line
 * that names the file and says what is wrong, so the CLI can print it as is.
 */
public class CertificateStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CertificateStoreException(String message) {
        super(message);
    }

    public CertificateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
