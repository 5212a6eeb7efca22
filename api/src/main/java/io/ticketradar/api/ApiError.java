package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response: {@code {"error":{"code","message","param"}}}, plus {@code error_id} on 500s,
 * matching the server log line that holds the details.
 */
record ApiError(Body error) {

    /**
     * @param code    a stable machine word ({@link ErrorCode})
     * @param param   the offending parameter or body field, null when none is to blame
     * @param errorId only on 500s
     */
    record Body(
            String code,
            String message,
            String param,
            @JsonInclude(JsonInclude.Include.NON_NULL) String errorId) {}

    static ApiError of(ErrorCode code, String message, String param) {
        return new ApiError(new Body(code.word(), message, param, null));
    }

    static ApiError internal(String errorId) {
        return new ApiError(new Body(ErrorCode.INTERNAL.word(), "internal server error", null, errorId));
    }
}
