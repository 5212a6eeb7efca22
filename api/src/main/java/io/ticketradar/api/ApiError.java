package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response: {@code {"error":"...","status":N}}, plus an {@code error_id}
 * on 500s that matches the server log line holding the details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, int status, String errorId) {

    ApiError(String error, int status) {
        this(error, status, null);
    }
}
