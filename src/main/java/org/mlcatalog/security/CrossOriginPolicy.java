package org.mlcatalog.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlcatalog.problem.RoutingProblems;

/**
 * CORS: any web page may read the catalog; only the configured origins (curation front ends) may
 * change it from a browser. Requests without an Origin header, from servers and scripts, pass.
 */
@ApplicationScoped
public class CrossOriginPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String EXPOSED = "Link, Location, Retry-After, RateLimit, RateLimit-Policy";
    private static final String WRITE_METHODS = "POST, PUT, PATCH, DELETE";
    private static final String MAX_AGE = "3600";

    private final Set<String> writeOrigins;
    private final RoutingProblems problems;

    public CrossOriginPolicy(
            @ConfigProperty(name = "catalog.cors.write-origins") Optional<List<String>> writeOrigins,
            RoutingProblems problems) {
        this.writeOrigins = Set.copyOf(writeOrigins.orElse(List.of()));
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(-20).handler(this::apply);
    }

    private void apply(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.VARY, "Origin");
        String requested = context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean preflight = context.request().method() == HttpMethod.OPTIONS && requested != null;
        HttpMethod method =
                preflight ? requestedMethod(requested) : context.request().method();
        if (method == null) {
            problems.respond(
                    context,
                    Status.BAD_REQUEST,
                    "Bad request",
                    "Access-Control-Request-Method must name an HTTP method, such as GET or POST.");
            return;
        }
        boolean allowed = READS.contains(method) || method == HttpMethod.OPTIONS || writeOrigins.contains(origin);
        if (!allowed) {
            problems.respond(
                    context,
                    Status.FORBIDDEN,
                    "Origin not allowed",
                    "Pages from %s may read the catalog but not change it. A deployer allows curation front ends"
                                    .formatted(origin)
                            + " with CATALOG_CORS_WRITE_ORIGINS.");
            return;
        }
        context.response()
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, READS.contains(method) ? "*" : origin)
                .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        if (preflight) {
            context.response()
                    .putHeader(
                            HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                            READS.contains(method) ? "GET, HEAD" : WRITE_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type, Accept")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                    .setStatusCode(204)
                    .end();
            return;
        }
        context.next();
    }

    private static HttpMethod requestedMethod(String requested) {
        try {
            return HttpMethod.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
