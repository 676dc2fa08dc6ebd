package org.mlcatalog.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlcatalog.problem.Problem.Violation;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.JsonBodies;

/**
 * Reads the JSON body of a write into the shared fields and the kind's own fields, refusing
 * anything it would otherwise have to drop: unknown fields, fields of another kind and read-only
 * fields. Both parts are validated together, so a client sees every problem at once.
 */
@ApplicationScoped
public class EntryDocuments {

    private final JsonBodies bodies;
    private final EntryKinds kinds;

    public EntryDocuments(JsonBodies bodies, EntryKinds kinds) {
        this.bodies = bodies;
        this.kinds = kinds;
    }

    /** A write request after reading and validation. */
    public record Request<D extends Record>(EntryInput common, D details) {}

    public <D extends Record> Request<D> read(JsonNode body, EntryKind<?, D> kind) {
        JsonBodies.requireObject(body, kind.kind().toString());
        ObjectNode common = bodies.mapper().createObjectNode();
        ObjectNode own = bodies.mapper().createObjectNode();
        List<Violation> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (EntryInput.FIELDS.contains(name)) {
                common.set(name, field.getValue());
            } else if (EntryRepresentation.READ_ONLY_FIELDS.contains(name)
                    || kind.readOnlyFields().contains(name)) {
                violations.add(new Violation(name, JsonBodies.READ_ONLY));
            } else if (kind.fields().contains(name)) {
                own.set(name, field.getValue());
            } else {
                List<Kind> owners = kinds.owningField(name, kind.kind());
                String message = owners.isEmpty()
                        ? "is not a field of %s entries".formatted(kind.kind())
                        : "belongs to %s entries, not to %s entries"
                                .formatted(
                                        owners.stream().map(Kind::toString).collect(Collectors.joining(" and ")),
                                        kind.kind());
                violations.add(new Violation(name, message));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        EntryInput input = bodies.convert(common, EntryInput.class);
        D details = bodies.convert(own, kind.detailsType());
        violations.addAll(bodies.violationsOf(input));
        violations.addAll(bodies.violationsOf(details));
        if (violations.isEmpty()) {
            violations.addAll(kind.check(details));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Request<>(input, details);
    }

    /**
     * The body of the replace that a merge patch amounts to: the entry's writable fields with the
     * patch applied.
     */
    public JsonNode merge(EntryRepresentation current, EntryKind<?, ?> kind, JsonNode patch) {
        Set<String> readOnly = new HashSet<>(EntryRepresentation.READ_ONLY_FIELDS);
        readOnly.addAll(kind.readOnlyFields());
        return bodies.merge(current, patch, readOnly);
    }
}
