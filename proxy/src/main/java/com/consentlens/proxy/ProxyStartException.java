package com.consentlens.proxy;

/** The proxy could not start, e.g. "port 8080 is already in use"; the message is one line for the CLI. */
public class ProxyStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProxyStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
