package io.ticketradar.api;

import java.io.Serial;

/** The broker did not acknowledge a batch (unreachable, timed out, or refused a record). */
public class PublishException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
