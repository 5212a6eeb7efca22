package io.ticketradar.api;

import java.io.Serial;

/**
 * An expected failure of a request, answered as {@link ApiError} with its code's status and this message: the
 * message is for the caller, so it says what to change and never shows the server's insides.
 */
final class ApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    final ErrorCode code;
    /** The offending query parameter, path parameter or body field; null when none is to blame. */
    final String param;

    private ApiException(ErrorCode code, String message, String param) {
        super(message, null, false, false); // no stack trace: this is an answer, not a bug
        this.code = code;
        this.param = param;
    }

    static ApiException badParameter(String param, String message) {
        return new ApiException(ErrorCode.BAD_PARAMETER, message, param);
    }

    /** @param field the body field at fault, or null when the body as a whole is */
    static ApiException badBody(String field, String message) {
        return new ApiException(ErrorCode.BAD_BODY, message, field);
    }

    static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message, null);
    }

    static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message, null);
    }

    static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message, null);
    }

    static ApiException notAcceptable(String message) {
        return new ApiException(ErrorCode.NOT_ACCEPTABLE, message, null);
    }

    static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message, null);
    }

    static ApiException payloadTooLarge(String message) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, message, null);
    }

    static ApiException unprocessable(String message) {
        return new ApiException(ErrorCode.UNPROCESSABLE, message, null);
    }

    static ApiException unavailable(String message) {
        return new ApiException(ErrorCode.UNAVAILABLE, message, null);
    }
}
