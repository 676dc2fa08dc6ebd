package org.mlcatalog.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A problem body for a request refused before it reaches a resource: a declared body over the
 * size limit, which the HTTP layer would otherwise refuse with an empty 413.
 */
@ApplicationScoped
public class RoutingProblems {

    private final ObjectMapper mapper;
    private final MemorySize maxBodySize;

    public RoutingProblems(
            ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        // Runs before the HTTP layer's own size check, which would answer 413 with no body.
        router.route().order(-10).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                respond(
                        context,
                        Status.REQUEST_ENTITY_TOO_LARGE,
                        "Payload too large",
                        "The request body is larger than the %d bytes this service accepts."
                                .formatted(maxBodySize.asLongValue()));
            } else {
                context.next();
            }
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    /** Ends the exchange with a problem, for refusals made before any resource is reached. */
    public void respond(RoutingContext context, Status status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        String path = context.request().path();
        Problem problem = new Problem(null, title, status.getStatusCode(), detail, path == null ? "" : path, List.of());
        try {
            context.response()
                    .setStatusCode(status.getStatusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status.getStatusCode()).end();
        }
    }
}
