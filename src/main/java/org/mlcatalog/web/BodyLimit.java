package org.mlcatalog.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlcatalog.problem.RoutingProblems;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} with a 413 problem. Left to
 * the HTTP layer, a declared length over the limit gets a 413 with no body, and a chunked body that
 * grows past it is cut off by the resources' input stream with an empty 413 and errors in the log.
 * A chunked body the HTTP layer cannot read answers a 400 problem rather than a closed connection.
 * Chunked bodies are held whole until a resource reads them, so only a few are held at once: beyond
 * that, a further one answers 503 with Retry-After.
 */
@ApplicationScoped
public class BodyLimit {

    /** Bodies of unknown length held at once, across requests, at their full size at most. */
    private static final int HELD_BODIES = 4;
    /** Seconds a client refused for lack of room waits before trying again. */
    private static final String RETRY_AFTER_SECONDS = "5";
    /** The methods whose bodies the API reads; any other method's body is ignored, unread. */
    private static final List<HttpMethod> WITH_BODIES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** The title of a refusal for size. */
    static final String TOO_LARGE = "Payload too large";
    /** Where the HTTP layer leaves the size limit for the resources' input stream (order -2). */
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    private final RoutingProblems problems;
    private final long maxBytes;
    /** Bytes of bodies of unknown length held now: each is read whole before a resource sees it. */
    private final AtomicLong held = new AtomicLong();

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
            } else if (hasUnknownLength(request) && request.version() == HttpVersion.HTTP_1_1) {
                readIfAuthenticated(context);
            } else {
                context.next();
            }
        });
        // Over HTTP/2 the resources read a body of unknown length themselves. The HTTP layer's own
        // cut-off there sends a header HTTP/2 forbids, which resets the stream instead of answering;
        // BoundedBodies refuses such a body past the limit with a 413 problem instead.
        router.route().order(-1).handler(context -> {
            if (hasUnknownLength(context.request()) && context.request().version() == HttpVersion.HTTP_2) {
                context.remove(MAX_REQUEST_SIZE);
            }
            context.next();
        });
    }

    /**
     * Reads a chunked body only for a client with a valid token. Anyone may send one, and buffering it
     * before the token is checked would let anonymous clients hold up to the limit in memory each;
     * an anonymous request goes on unread, and a write is refused with 401 before its body is read.
     */
    private void readIfAuthenticated(RoutingContext context) {
        HttpServerRequest request = context.request();
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(context, null);
        if (identity == null) {
            context.next();
            return;
        }
        // The token is checked off this thread; what arrives meanwhile waits.
        request.pause();
        request.exceptionHandler(broken -> refuseBrokenBody(context));
        Context requestContext = Vertx.currentContext();
        identity.subscribe()
                .with(
                        known -> requestContext.runOnContext(checked -> afterTokenCheck(context, !known.isAnonymous())),
                        invalid -> requestContext.runOnContext(checked -> afterTokenCheck(context, false)));
    }

    private void afterTokenCheck(RoutingContext context, boolean authenticated) {
        if (context.response().ended()) {
            // Refused while the token was checked: the body broke off.
            return;
        }
        if (authenticated) {
            readWithinLimit(context);
        } else {
            // The resources refuse a write with 401 before reading it; a read ignores the body.
            context.request().exceptionHandler(null).resume();
            context.next();
        }
    }

    /**
     * Reads a body of unknown length here, up to the limit, and hands it on with the routing
     * context: the resources' input stream reads a body read already instead of the connection.
     */
    private void readWithinLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        context.addEndHandler(done -> held.addAndGet(-body.length()));
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                closeAfterResponse(context);
                refuse(context);
            } else if (held.addAndGet(chunk.length()) > HELD_BODIES * maxBytes) {
                held.addAndGet(-chunk.length());
                closeAfterResponse(context);
                context.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                problems.respond(
                        context,
                        Status.SERVICE_UNAVAILABLE,
                        "Too many streamed bodies",
                        ("The service holds as many bodies of unknown length as it takes at once. Retry after %s"
                                        + " seconds, or send the body with a Content-Length header.")
                                .formatted(RETRY_AFTER_SECONDS));
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
        if (HttpHeaders.CONTINUE.toString().equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    /**
     * Answers a body the HTTP layer cannot read (a chunk size that is not hex, say) with 400. A
     * client that went away mid-body is not answered: its connection is closed already.
     */
    private void refuseBrokenBody(RoutingContext context) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        closeAfterResponse(context);
        problems.respond(
                context,
                Status.BAD_REQUEST,
                "Bad request",
                "The request body is not valid chunked transfer coding: each chunk starts with its size in"
                        + " hexadecimal on a line of its own, and a chunk of size 0 ends the body.");
    }

    /**
     * The rest of a refused body is not read: the connection closes once the refusal is sent. An end
     * handler of the routing context, not of the response: the response has one, and the routing
     * context's end handlers, which give a held body's room back, run from it.
     */
    private static void closeAfterResponse(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        context.addEndHandler(sent -> context.request().connection().close());
    }

    /** Bytes of bodies of unknown length held now, across requests. */
    long heldBytes() {
        return held.get();
    }

    private void refuse(RoutingContext context) {
        problems.respond(context, Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE, tooLarge(maxBytes));
    }

    /** The detail of a refusal for size. */
    static String tooLarge(long maxBytes) {
        return "The request body is larger than the %d bytes this service accepts.".formatted(maxBytes);
    }

    /**
     * A body whose length is known only once it has all arrived: in chunks over HTTP/1.1, in frames
     * without a declared length over HTTP/2.
     */
    private static boolean hasUnknownLength(HttpServerRequest request) {
        return WITH_BODIES.contains(request.method())
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && !request.isEnded()
                && (request.version() == HttpVersion.HTTP_2
                        || request.headers().contains(HttpHeaders.TRANSFER_ENCODING));
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
