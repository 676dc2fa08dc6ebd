package org.mlcatalog.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mlcatalog.contract.AllowedMethods;

/** Turns every failure into an RFC 9457 problem; nothing reaches a client as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;
    /** Ahead of the mappers Quarkus ships for the same exceptions. */
    public static final int AHEAD_OF_BUILT_IN_MAPPERS = 1;

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response problem(ProblemException exception, UriInfo uri) {
        return respond(exception.status(), exception.title(), exception.getMessage(), uri, exception.violations());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response invalidBean(jakarta.validation.ConstraintViolationException exception, UriInfo uri) {
        List<Problem.Violation> violations = ConstraintViolations.toViolations(exception.getConstraintViolations());
        ProblemException problem = ProblemException.invalid(violations);
        return problem(problem, uri);
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response malformedJson(JsonParseException exception, UriInfo uri) {
        return respond(Status.BAD_REQUEST, "Malformed JSON", malformedDetail(exception), uri, List.of());
    }

    private static String malformedDetail(JsonParseException exception) {
        return "The body is not valid JSON (line %d, column %d). Send a single well-formed JSON document."
                .formatted(
                        exception.getLocation().getLineNr(),
                        exception.getLocation().getColumnNr());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        if (exception.getPath().isEmpty()) {
            return respond(
                    Status.BAD_REQUEST,
                    "Malformed JSON",
                    "The body must hold exactly one JSON object, with nothing after it.",
                    uri,
                    List.of());
        }
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response unreadableJson(JsonMappingException exception, UriInfo uri) {
        return problem(JsonFieldErrors.toProblem(exception), uri);
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response notFound(NotFoundException exception, UriInfo uri) {
        String detail = "Nothing is served at %s. The API lives under /api/v1; its contract is at /q/openapi."
                .formatted(uri.getPath());
        return respond(Status.NOT_FOUND, "Not found", detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response methodNotAllowed(NotAllowedException exception, UriInfo uri) {
        List<String> allowed = allowedMethods.on(uri.getPath()).orElse(List.of());
        return Response.fromResponse(respond(
                        Status.METHOD_NOT_ALLOWED,
                        "Method not allowed",
                        methodNotAllowed(uri.getPath(), allowed),
                        uri,
                        List.of()))
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .build();
    }

    /** What a 405 tells the client: the methods the path allows, which its {@code Allow} header lists too. */
    static String methodNotAllowed(String path, List<String> allowed) {
        return "This method is not allowed on %s. Allowed methods: %s.".formatted(path, String.join(", ", allowed));
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response unsupportedMediaType(NotSupportedException exception, UriInfo uri, HttpHeaders headers) {
        // The header as sent: parsing it would fail on the very values that are refused for being unreadable.
        String detail = "Content type '%s' is not accepted here. Writes take application/json,"
                        .formatted(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))
                + " application/merge-patch+json for PATCH, and application/x-ndjson for an import.";
        return respond(Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response notAcceptable(NotAcceptableException exception, UriInfo uri) {
        String detail = "This resource is only available as application/json; adjust the Accept header.";
        return respond(Status.NOT_ACCEPTABLE, "Not acceptable", detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return respond(
                        Status.BAD_REQUEST,
                        "Malformed JSON",
                        "The body breaks a limit of the JSON reader: " + JsonLimits.DESCRIPTION + ".",
                        uri,
                        List.of());
            }
            if (cause instanceof JsonParseException malformed) {
                return malformedJson(malformed, uri);
            }
            if (cause instanceof JsonMappingException unreadable) {
                return unreadableJson(unreadable, uri);
            }
        }
        Status status = Status.fromStatusCode(exception.getResponse().getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return unexpected(exception, uri);
        }
        String detail = switch (status) {
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            case BAD_REQUEST -> "The request could not be understood; check its parameters and body.";
            default -> status.getReasonPhrase() + ".";
        };
        return respond(status, status.getReasonPhrase(), detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = AHEAD_OF_BUILT_IN_MAPPERS)
    public Response unexpected(Throwable exception, UriInfo uri) {
        // A failure may arrive wrapped (by Hibernate, or by the commit): its causes say what happened.
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (lostDatabase(cause)) {
                LOG.warnf("The database could not be reached serving %s: %s", uri.getPath(), cause.getMessage());
                return unavailable(
                        "The catalog's database cannot be reached at the moment; nothing was changed."
                                + " Retry in a few seconds.",
                        uri);
            }
            if (poolExhausted(cause)) {
                LOG.warnf("No database connection became free in time serving %s", uri.getPath());
                return unavailable(
                        "The catalog is too busy to answer at the moment; nothing was changed. Retry in a few seconds.",
                        uri);
            }
            // The services check uniqueness and references first; a database constraint only
            // fails when a concurrent write got there in between.
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(
                        Status.CONFLICT,
                        "Conflict",
                        "The resource was changed or deleted by another request meanwhile. Read it again and retry.",
                        uri,
                        List.of());
            }
            if (cause instanceof ConstraintViolationException check && check.getKind() == ConstraintKind.CHECK) {
                return respond(
                        Status.BAD_REQUEST,
                        "Invalid request",
                        "A value breaks a rule of the catalog; check the request against the contract.",
                        uri,
                        List.of());
            }
            if (cause instanceof ConstraintViolationException constraint
                    && (constraint.getKind() == ConstraintKind.UNIQUE
                            || constraint.getKind() == ConstraintKind.FOREIGN_KEY)) {
                return respond(
                        Status.CONFLICT,
                        "Conflict",
                        "The change conflicts with a concurrent change to the catalog (a duplicate or a"
                                + " reference changed meanwhile). Read the resource again and retry.",
                        uri,
                        List.of());
            }
        }
        LOG.errorf(exception, "Unexpected failure serving %s", uri.getPath());
        return respond(
                Status.INTERNAL_SERVER_ERROR,
                "Internal server error",
                "The catalog could not complete the request. It has been logged; please retry later.",
                uri,
                List.of());
    }

    /**
     * Whether a failure means the database went away rather than that the request was wrong: no
     * connection (SQLSTATE class 08), or the server shut down or restarted under the connection
     * (57P01 to 57P04). The pool drops such a connection, so a retry gets a fresh one.
     */
    static boolean lostDatabase(Throwable cause) {
        if (cause instanceof JDBCConnectionException) {
            return true;
        }
        return cause instanceof SQLException failure
                && failure.getSQLState() != null
                && (failure.getSQLState().startsWith("08")
                        || failure.getSQLState().startsWith("57P"));
    }

    /**
     * Whether every connection of the pool stayed in use for as long as a request may wait for one
     * (Agroal reports it with this message and no SQLSTATE): the service is overloaded, not broken.
     */
    static boolean poolExhausted(Throwable cause) {
        return cause instanceof SQLException failure
                && failure.getSQLState() == null
                && failure.getMessage() != null
                && failure.getMessage().contains("acquisition timeout");
    }

    private static Response unavailable(String detail, UriInfo uri) {
        return Response.fromResponse(respond(Status.SERVICE_UNAVAILABLE, "Service unavailable", detail, uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    public static Response respond(
            Status status, String title, String detail, UriInfo uri, List<Problem.Violation> violations) {
        // A URI reference, as RFC 9457 wants, not decoded text.
        String instance = RoutingProblems.decodedInstance(uri.getPath());
        Problem problem = new Problem(null, title, status.getStatusCode(), detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
