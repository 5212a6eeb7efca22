package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Jetty's own answers to requests that never reach a handler (a request line over the size limit, a target Jetty
 * cannot parse) in the API's one error format, {@link ApiError}, instead of Jetty's HTML page: a client reads every
 * error the same way, and nothing of the server's software shows.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
    }

    /** Jetty writes a body for GET, POST and HEAD only; a PATCH or PUT refused before routing deserves one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        // Jetty's reasons for a 4xx say what was wrong with the request; a 5xx's could say what is wrong inside.
        String text = code >= 500 || message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        byte[] body = mapper.writeValueAsBytes(ApiError.of(ErrorCode.ofStatus(code), text, null));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
