package org.mlcatalog.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.mlcatalog.problem.ConstraintViolations;
import org.mlcatalog.problem.JsonFieldErrors;
import org.mlcatalog.problem.Problem.Violation;
import org.mlcatalog.problem.ProblemException;

/** Turns JSON request bodies into validated request records, naming every field that is wrong. */
@ApplicationScoped
public class JsonBodies {

    public static final String READ_ONLY = "is read-only; the service sets it";

    private final ObjectMapper mapper;
    private final Validator validator;

    public JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Fails unless the body is a JSON object whose strings the database can store. */
    public static void requireObject(JsonNode body, String what) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object describing the " + what + ".");
        }
        UnreadableText.requireStorable(body, "");
    }

    /** Fails if the body names a field the service maintains itself, even to set it to null. */
    public static void rejectReadOnly(JsonNode body, Set<String> readOnlyFields) {
        List<Violation> readOnly = readOnlyFields.stream()
                .filter(body::has)
                .sorted()
                .map(field -> new Violation(field, READ_ONLY))
                .toList();
        if (!readOnly.isEmpty()) {
            throw ProblemException.invalid(readOnly);
        }
    }

    /** The document a merge patch produces from the current state, refusing read-only fields in the patch. */
    public JsonNode merge(Object current, JsonNode patch, Set<String> readOnlyFields) {
        JsonNode document = mapper.valueToTree(current);
        if (patch != null && patch.isObject()) {
            rejectReadOnly(patch, readOnlyFields);
        }
        ((ObjectNode) document).remove(readOnlyFields);
        return MergePatch.apply(document, patch, mapper);
    }

    /** Reads a document into a request record, throwing a problem that names the first unreadable field. */
    public <T> T convert(JsonNode document, Class<T> type) {
        try {
            return mapper.treeToValue(document, type);
        } catch (JsonMappingException e) {
            throw JsonFieldErrors.toProblem(e);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body could not be read; check it against the contract.");
        }
    }

    /** What bean validation finds wrong with a request record, field by field. */
    public List<Violation> violationsOf(Object request) {
        return ConstraintViolations.toViolations(validator.validate(request));
    }

    /** Reads and validates a whole request record, refusing fields the service maintains itself. */
    public <T> T read(JsonNode body, Class<T> type, String what, Set<String> readOnlyFields) {
        requireObject(body, what);
        rejectReadOnly(body, readOnlyFields);
        T request = convert(body, type);
        List<Violation> violations = violationsOf(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return request;
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
