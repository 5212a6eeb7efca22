package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.UUID;

/**
 * Turns every failure into a JSON {@link ApiError}. Expected failures ({@link ApiException}s, Javalin's own
 * {@link HttpResponseException}s such as an unknown route's 404 or a wrong method's 405, and a request whose
 * connection ended before all of it arrived) keep their message and log nothing above debug; anything else is a
 * bug or an outage, so the caller gets a generic 500 with an error id and the stack trace goes only to the log, with
 * the tenant and path, under that id.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    static void register(JavalinConfig config, ObjectMapper mapper) {
        config.routes.exception(
                ApiException.class,
                (e, ctx) -> ctx.status(e.code.status).json(ApiError.of(e.code, e.getMessage(), e.param)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        // The connection ended mid-request (a client that gave up an upload): ordinary, and nobody may be listening.
        config.routes.exception(EofException.class, (e, ctx) -> {
            LOG.debug("{} {} ended early: {}", ctx.method(), ctx.path(), e.toString());
            ctx.status(HttpStatus.BAD_REQUEST)
                    .json(ApiError.of(
                            ErrorCode.BAD_REQUEST,
                            "the connection closed before the whole request arrived; send it again",
                            null));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            String errorId = newErrorId();
            LOG.error(
                    "unexpected failure {} on {} {} (tenant {})",
                    errorId,
                    ctx.method(),
                    ctx.path(),
                    BearerAuth.tenantOrNull(ctx),
                    e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(ApiError.internal(errorId));
        });
        // java.lang.Error (StackOverflowError, OutOfMemoryError...) bypasses exception handlers; only the raw response
        // is left.
        config.router.javaLangErrorHandler((res, error) -> {
            String errorId = newErrorId();
            LOG.error("fatal error {} while serving a request", errorId, error);
            try {
                res.setContentType(ContentType.JSON);
                res.getOutputStream().write(mapper.writeValueAsBytes(ApiError.internal(errorId)));
            } catch (IOException | RuntimeException e) {
                LOG.debug("could not write the error body for {}", errorId, e);
            }
        });
    }

    private static String newErrorId() {
        return UUID.randomUUID().toString();
    }

    private static void respond(Context ctx, int status, String message) {
        String text = message == null || message.isBlank()
                ? HttpStatus.Companion.forStatus(status).getMessage()
                : message;
        ctx.status(status).json(ApiError.of(ErrorCode.ofStatus(status), text, null));
    }
}
