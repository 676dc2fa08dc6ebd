package org.mlcatalog.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlcatalog.problem.RoutingProblems;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} with a 413 problem. Left to
 * the HTTP layer, a declared length over the limit gets a 413 with no body, and a chunked body that
 * grows past it is cut off by the resources' input stream with an empty 413 and errors in the log.
 * A chunked body the HTTP layer cannot read answers a 400 problem rather than a closed connection.
 */
@ApplicationScoped
public class BodyLimit {

    private final RoutingProblems problems;
    private final long maxBytes;

    public BodyLimit(
            RoutingProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-10).handler(context -> {
            HttpServerRequest request = context.request();
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (isOver(length)) {
                    refuse(context);
                } else {
                    context.next();
                }
            } else if (isChunked(request)) {
                readWithinLimit(context);
            } else {
                context.next();
            }
        });
    }

    /**
     * Reads a body of unknown length here, up to the limit, and hands it on with the routing
     * context: the resources' input stream reads a body read already instead of the connection.
     */
    private void readWithinLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                // The rest of the body is not read: the connection closes once the refusal is sent.
                context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                context.response().endHandler(sent -> request.connection().close());
                refuse(context);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!context.response().ended()) {
                context.setBody(body);
                context.next();
            }
        });
        // A chunk the HTTP layer cannot read (a size that is not hex, say) ends the body; a client that
        // went away mid-body is not answered, its connection being closed already.
        request.exceptionHandler(broken -> {
            if (!context.response().ended() && !context.response().closed()) {
                context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                context.response().endHandler(sent -> request.connection().close());
                problems.respond(
                        context,
                        Status.BAD_REQUEST,
                        "Bad request",
                        "The request body is not valid chunked transfer coding: each chunk starts with its size"
                                + " in hexadecimal on a line of its own, and a chunk of size 0 ends the body.");
            }
        });
        if (HttpHeaders.CONTINUE.toString().equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    private void refuse(RoutingContext context) {
        problems.respond(
                context,
                Status.REQUEST_ENTITY_TOO_LARGE,
                "Payload too large",
                "The request body is larger than the %d bytes this service accepts.".formatted(maxBytes));
    }

    /** An HTTP/1.1 body sent in chunks, whose length is known only once it has all arrived. */
    private static boolean isChunked(HttpServerRequest request) {
        return request.version() == HttpVersion.HTTP_1_1
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && !request.isEnded();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
