package io.ticketradar.api;

import java.util.Locale;

/**
 * The stable machine word of an error, {@code error.code} in every error body, and the HTTP status it goes with.
 * Clients branch on the code, people read the message.
 */
enum ErrorCode {
    /** A query or path parameter is missing or malformed; {@code param} names it. */
    BAD_PARAMETER(400),
    /** The request body is malformed; {@code param} names the offending field when there is one. */
    BAD_BODY(400),
    /** Any other refused request (Javalin's own 400s). */
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    /** A valid token that may not do this (a display token writing). */
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The event stream asked for without {@code Accept: text/event-stream}. */
    NOT_ACCEPTABLE(406),
    /** The request contradicts what was already done (a merge suggestion decided before). */
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    /** A well-formed body that is refused for what it says (a dispatch rule set with problems); the message names them. */
    UNPROCESSABLE(422),
    /** A component the request needs (the event broker) is down: try again. */
    UNAVAILABLE(503),
    /** A bug or an outage; the body and the log share an error id. */
    INTERNAL(500);

    final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code of a status Javalin or Jetty raised on its own. */
    static ErrorCode ofStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 422 -> UNPROCESSABLE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
