package org.mlcatalog.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A request the catalog refuses, with what the client should change. Services throw it; {@link
 * ProblemMappers} turns it into a problem details response.
 */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(Status status, String title, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT, "Conflict", detail, List.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED, "Precondition failed", detail, List.of());
    }

    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(Status.NOT_ACCEPTABLE, "Not acceptable", detail, List.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Status.BAD_REQUEST, "Bad request", detail, List.of());
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? "'%s' %s."
                        .formatted(violations.get(0).field(), violations.get(0).message())
                : "The request has %d invalid fields; see violations.".formatted(violations.size());
        return new ProblemException(Status.BAD_REQUEST, "Invalid request", detail, violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
