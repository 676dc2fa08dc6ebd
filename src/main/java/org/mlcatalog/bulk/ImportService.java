package org.mlcatalog.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlcatalog.entry.Entry;
import org.mlcatalog.entry.EntryDocuments;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.EntryKinds;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.EntryService.Provenance;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.problem.JsonLimits;
import org.mlcatalog.problem.Problem.Violation;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.security.RecordableSubjects;
import org.mlcatalog.web.Timestamps;
import org.mlcatalog.web.UnreadableText;

/**
 * Upserts entries from NDJSON, one entry per line in the form the API and the export show them.
 * All or nothing: one rejected line rejects the import, and every line's problems are reported.
 */
@ApplicationScoped
public class ImportService {

    private final EntryKinds kinds;
    private final EntryDocuments documents;
    private final EntryService entries;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transaction;
    private final EntityManager entityManager;

    public ImportService(
            EntryKinds kinds,
            EntryDocuments documents,
            EntryService entries,
            ObjectMapper mapper,
            TransactionSynchronizationRegistry transaction,
            EntityManager entityManager) {
        this.kinds = kinds;
        this.documents = documents;
        this.entries = entries;
        this.mapper = mapper;
        this.transaction = transaction;
        this.entityManager = entityManager;
    }

    @Transactional
    public ImportReport importNdjson(String body, boolean dryRun) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body must hold entries as NDJSON: one JSON object per line.");
        }
        List<String> lines = body.lines().toList();
        List<ImportReport.Line> results = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int rejected = 0;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (index + 1);
            try {
                results.add(importLine(index + 1, line, ids));
            } catch (ProblemException problem) {
                rejected++;
                if (problem.violations().isEmpty()) {
                    violations.add(new Violation(where, problem.getMessage()));
                } else {
                    problem.violations()
                            .forEach(violation -> violations.add(
                                    new Violation(where + ": " + violation.field(), violation.message())));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "Import rejected",
                    "%d of %d lines were rejected, so nothing was imported; see violations."
                            .formatted(rejected, rejected + results.size()),
                    violations);
        }
        if (dryRun) {
            // What the database would refuse at commit is refused in a dry run too.
            entityManager.flush();
            transaction.setRollbackOnly();
        }
        return ImportReport.of(dryRun, results);
    }

    private ImportReport.Line importLine(int number, String line, Set<String> ids) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (StreamConstraintsException e) {
            throw ProblemException.badRequest("breaks a limit of the JSON reader: " + JsonLimits.DESCRIPTION);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("is not a JSON object on one line");
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("is not a JSON object on one line");
        }
        ObjectNode entry = (ObjectNode) node.deepCopy();
        // Before the fields the entry's own reader never sees are taken out of it.
        UnreadableText.requireStorable(entry, "");
        EntryKind<?, ?> kind = kindOf(entry.remove("kind"));
        Provenance provenance = provenance(entry);
        // Derived fields an export carries are recomputed, not imported.
        entry.remove(kind.readOnlyFields());
        JsonNode id = entry.get("id");
        if (id == null || !id.isTextual()) {
            throw ProblemException.invalid("id", "is required: an import upserts entries by id");
        }
        if (!ids.add(id.textValue())) {
            throw ProblemException.invalid("id", "appears on an earlier line of this import");
        }
        return new ImportReport.Line(number, id.textValue(), upsert(kind, entry, provenance));
    }

    private <E extends Entry, D extends Record> String upsert(
            EntryKind<E, D> kind, ObjectNode entry, Provenance provenance) {
        EntryDocuments.Request<D> request = documents.read(entry, kind);
        return entries.upsert(kind, request, provenance);
    }

    private EntryKind<?, ?> kindOf(JsonNode kind) {
        Optional<Kind> known = kind == null || !kind.isTextual()
                ? Optional.empty()
                : Arrays.stream(Kind.values())
                        .filter(value -> value.toString().equals(kind.textValue()))
                        .findFirst();
        return kinds.of(known.orElseThrow(() -> ProblemException.invalid(
                "kind",
                "is required, one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(Kind.values()).map(Kind::toString).toList()))));
    }

    /** The times and authors a line carries, taken out of it: a change cannot precede the creation. */
    private static Provenance provenance(ObjectNode entry) {
        Provenance provenance = new Provenance(
                instant(entry.remove("createdAt"), "createdAt"),
                text(entry.remove("createdBy"), "createdBy"),
                instant(entry.remove("updatedAt"), "updatedAt"),
                text(entry.remove("updatedBy"), "updatedBy"));
        if (provenance.createdAt() != null
                && provenance.updatedAt() != null
                && provenance.updatedAt().isBefore(provenance.createdAt())) {
            throw ProblemException.invalid("updatedAt", "must not be before createdAt");
        }
        return provenance;
    }

    private static Instant instant(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        return Timestamps.parsePlausible(value.asText())
                .orElseThrow(() ->
                        ProblemException.invalid(field, "must be an ISO-8601 UTC timestamp " + Timestamps.DATE_SPAN));
    }

    private static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !RecordableSubjects.recordable(value.textValue())) {
            throw ProblemException.invalid(field, "must be a string of 1 to 200 characters");
        }
        return value.textValue();
    }
}
