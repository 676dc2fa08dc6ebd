package org.mlcatalog.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mlcatalog.problem.ProblemMappers;
import org.mlcatalog.security.RateLimiter.Allowance;

/**
 * Applies the rate limits: reads per client address in a request filter, writes per token subject
 * once the token is verified, and the allowance left in {@code RateLimit} headers on every answer.
 */
public class RateLimits {

    private static final String ALLOWANCE = RateLimits.class.getName();
    private static final Set<String> READS = Set.of("GET", "HEAD");

    /** A client that has used up its allowance. */
    public static class Exceeded extends RuntimeException {

        private final transient Allowance allowance;

        Exceeded(Allowance allowance) {
            super("rate limit exceeded", null, false, false);
            this.allowance = allowance;
        }
    }

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter
    public Optional<Response> limitReads(
            ContainerRequestContext request, HttpServerRequest http, RoutingContext routing, UriInfo uri) {
        if (!limiter.enabled() || !READS.contains(request.getMethod())) {
            return Optional.empty();
        }
        Allowance allowance = limiter.read(
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        routing.put(ALLOWANCE, allowance);
        return allowance.granted() ? Optional.empty() : Optional.of(tooMany(allowance, uri));
    }

    @ServerResponseFilter
    public void reportAllowance(ContainerResponseContext response, RoutingContext routing) {
        Allowance allowance = routing.get(ALLOWANCE);
        if (allowance != null) {
            headers(allowance).forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    @ServerExceptionMapper
    public Response exceeded(Exceeded exceeded, UriInfo uri) {
        return tooMany(exceeded.allowance, uri);
    }

    private static Response tooMany(Allowance allowance, UriInfo uri) {
        Response.ResponseBuilder response = Response.fromResponse(ProblemMappers.respond(
                Status.TOO_MANY_REQUESTS,
                "Too many requests",
                "This client has used its %d requests a minute. Retry after %d seconds."
                        .formatted(allowance.limit(), allowance.secondsToWait()),
                uri,
                List.of()));
        response.header("Retry-After", allowance.secondsToWait());
        headers(allowance).forEach(response::header);
        return response.build();
    }

    private static java.util.Map<String, Object> headers(Allowance allowance) {
        return java.util.Map.of(
                "RateLimit",
                "limit=%d, remaining=%d, reset=%d"
                        .formatted(allowance.limit(), allowance.remaining(), Math.max(allowance.secondsToWait(), 0)),
                "RateLimit-Policy",
                "%d;w=60".formatted(allowance.limit()));
    }

    /** Counts a write against the curator who makes it; runs after the token has been verified. */
    @LimitedWrites
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_AFTER)
    public static class WriteLimit {

        @Inject
        RateLimiter limiter;

        @Inject
        SecurityIdentity identity;

        @Inject
        RoutingContext routing;

        @AroundInvoke
        Object limit(InvocationContext invocation) throws Exception {
            if (limiter.enabled() && !identity.isAnonymous()) {
                Allowance allowance = limiter.write(identity.getPrincipal().getName());
                routing.put(ALLOWANCE, allowance);
                if (!allowance.granted()) {
                    throw new Exceeded(allowance);
                }
            }
            return invocation.proceed();
        }
    }
}
