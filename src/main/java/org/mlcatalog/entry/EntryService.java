package org.mlcatalog.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.mlcatalog.problem.Problem.Violation;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.taxonomy.Taxonomy;
import org.mlcatalog.web.EntityTags;
import org.mlcatalog.web.Page;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;
import org.mlcatalog.web.Timestamps;

/** Lists, reads and writes catalog entries of any kind; what differs between kinds comes from {@link EntryKind}. */
@ApplicationScoped
public class EntryService {

    private final EntryRepository repository;
    private final EntryKinds kinds;
    private final EntryDocuments documents;
    private final EntryFilters filters;
    private final Taxonomy taxonomy;
    private final TextQueries textQueries;
    private final SecurityIdentity identity;
    private final EntityTags tags;

    public EntryService(
            EntryRepository repository,
            EntryKinds kinds,
            EntryDocuments documents,
            EntryFilters filters,
            Taxonomy taxonomy,
            TextQueries textQueries,
            SecurityIdentity identity,
            EntityTags tags) {
        this.repository = repository;
        this.kinds = kinds;
        this.documents = documents;
        this.filters = filters;
        this.taxonomy = taxonomy;
        this.textQueries = textQueries;
        this.identity = identity;
        this.tags = tags;
    }

    // Reads run outside a transaction: Quarkus gives them a read-only session that never flushes,
    // and each statement commits on its own, which saves the database two round trips per read.

    /** A page of entries of one kind, or of every kind when {@code kind} is null. */
    public Page<EntryRepresentation> list(EntryKind<?, ?> kind, Map<String, List<String>> query) {
        Optional<TextMatch> text = textQueries.parse(QueryParameters.single(query, EntryListQuery.TEXT));
        EntryListQuery list = EntryListQuery.parse(query, kind, filters.of(kind), text);
        EntryRepository.PageOfIds pageOfIds = repository.pageOfIds(list);
        List<EntryRepresentation> items = repository.loadInOrder(pageOfIds.ids()).stream()
                .map(this::represent)
                .toList();
        return new Page<>(
                items, Page.Position.of(list.page().number(), list.page().size(), pageOfIds.size()));
    }

    public Optional<EntryRepresentation> find(String id) {
        return read(id).map(this::represent);
    }

    // An id that is not a slug names no entry; it never reaches the database.
    private Optional<Entry> read(String id) {
        return Slugs.isSlug(id) ? repository.read(id) : Optional.empty();
    }

    /** Entries like the given one, best first; empty if there is no such entry. */
    public Optional<List<EntryRepresentation>> similarTo(String id, Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of("size"));
        int size = PageRequest.from(query).size();
        if (read(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(repository.loadInOrder(repository.similarTo(id, size)).stream()
                .map(this::represent)
                .toList());
    }

    public <E extends Entry> Optional<EntryRepresentation> find(EntryKind<E, ?> kind, String id) {
        return read(id).map(entry -> ofKind(kind, entry, id)).map(this::represent);
    }

    @Transactional
    public <E extends Entry, D extends Record> EntryRepresentation create(EntryKind<E, D> kind, JsonNode body) {
        EntryDocuments.Request<D> request = documents.read(body, kind);
        String id = request.common().id() == null
                ? repository.freeId(Slugs.fromText(request.common().title()))
                : request.common().id();
        if (repository.findById(id) != null) {
            throw ProblemException.conflict(
                    "An entry with id '%s' already exists. Choose another id, or omit it to".formatted(id)
                            + " have one derived from the title.");
        }
        E entity = kind.newEntity();
        entity.id = id;
        apply(kind, request, entity);
        entity.createdAt = Timestamps.now();
        entity.updatedAt = entity.createdAt;
        entity.createdBy = curator();
        entity.updatedBy = entity.createdBy;
        repository.persist(entity);
        return represent(entity);
    }

    /**
     * When and by whom an imported entry was created and last changed, as its export said. Only a
     * new entry takes them, and only with the time it was created; changing an existing one records
     * the curator and time of the import.
     */
    public record Provenance(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {}

    /**
     * Creates or replaces an entry from an import, keeping the times and authors it carries (so an
     * export imported elsewhere is the same catalog). Runs in the caller's transaction.
     *
     * @return whether the entry was created, updated or left unchanged
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends Entry, D extends Record> String upsert(
            EntryKind<E, D> kind, EntryDocuments.Request<D> request, Provenance provenance) {
        String id = request.common().id();
        Optional<E> existing = findEntity(kind, id);
        E entity = existing.orElseGet(kind::newEntity);
        entity.id = id;
        EntryRepresentation before = existing.map(this::represent).orElse(null);
        apply(kind, request, entity);
        if (before == null) {
            boolean dated = provenance.createdAt() != null;
            entity.createdAt = dated ? provenance.createdAt() : Timestamps.now();
            entity.createdBy = dated ? provenance.createdBy() : curator();
            boolean changed = dated && provenance.updatedAt() != null;
            entity.updatedAt = changed ? provenance.updatedAt() : entity.createdAt;
            entity.updatedBy = changed ? provenance.updatedBy() : entity.createdBy;
            repository.persist(entity);
            return "created";
        }
        if (represent(entity).equals(before)) {
            return "unchanged";
        }
        entity.updatedAt = Timestamps.now();
        entity.updatedBy = curator();
        return "updated";
    }

    @Transactional
    public <E extends Entry, D extends Record> Optional<EntryRepresentation> replace(
            EntryKind<E, D> kind, String id, JsonNode body, String ifMatch) {
        return findEntity(kind, id).map(entity -> update(kind, matching(entity, ifMatch), body));
    }

    @Transactional
    public <E extends Entry, D extends Record> Optional<EntryRepresentation> patch(
            EntryKind<E, D> kind, String id, JsonNode patch, String ifMatch) {
        return findEntity(kind, id)
                .map(entity -> matching(entity, ifMatch))
                .map(entity -> update(kind, entity, documents.merge(represent(entity), kind, patch)));
    }

    @Transactional
    public <E extends Entry> boolean delete(EntryKind<E, ?> kind, String id, String ifMatch) {
        Optional<E> entity = findEntity(kind, id).map(found -> matching(found, ifMatch));
        entity.ifPresent(repository::delete);
        return entity.isPresent();
    }

    /**
     * The entry, if the client's {@code If-Match} names its current version (or there is none);
     * otherwise the client would overwrite a change it has not seen.
     */
    private <E extends Entry> E matching(E entity, String ifMatch) {
        if (ifMatch != null && !EntityTags.matchesStrongly(ifMatch, tags.of(represent(entity)))) {
            throw ProblemException.preconditionFailed(
                    "The entry has changed since you read it (If-Match names another version). Read it again,"
                            + " apply your change to the current version and retry.");
        }
        return entity;
    }

    public EntryRepresentation represent(Entry entry) {
        EntryKind<?, ?> kind = kinds.of(entry);
        return new EntryRepresentation(
                entry.id,
                kind.kind(),
                entry.title,
                entry.summary,
                entry.url,
                entry.provider,
                taxonomy.inGuideOrder(loadedOrCopy(entry.stages, entry.stageCopy)),
                loadedOrCopy(entry.specializations, entry.specializationCopy).stream()
                        .sorted()
                        .toList(),
                entry.level,
                entry.cost,
                List.copyOf(entry.languages),
                List.copyOf(entry.tags),
                kind.detailsOfEntry(entry),
                entry.createdAt,
                entry.createdBy,
                entry.updatedAt,
                entry.updatedBy);
    }

    // A write loads and changes an entry's collections. An entity Hibernate loaded for a write
    // but whose collections it did not load is represented with the copies its row holds, which
    // the database keeps equal to them (EntryRows fills an entry's collections from those copies).
    private static Collection<String> loadedOrCopy(Set<String> collection, List<String> rowCopy) {
        return Hibernate.isInitialized(collection) ? collection : rowCopy;
    }

    private <E extends Entry, D extends Record> EntryRepresentation update(
            EntryKind<E, D> kind, E entity, JsonNode body) {
        EntryDocuments.Request<D> request = documents.read(body, kind);
        if (request.common().id() != null && !request.common().id().equals(entity.id)) {
            throw ProblemException.invalid("id", "cannot change; an entry keeps the id it was created with");
        }
        EntryRepresentation before = represent(entity);
        apply(kind, request, entity);
        if (!represent(entity).equals(before)) {
            entity.updatedAt = Timestamps.now();
            entity.updatedBy = curator();
        }
        return represent(entity);
    }

    private <E extends Entry, D extends Record> void apply(
            EntryKind<E, D> kind, EntryDocuments.Request<D> request, E entity) {
        EntryInput input = request.common();
        List<Violation> violations = new ArrayList<>(taxonomy.check(input.stages(), input.specializationsOrEmpty()));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        repository.idWithUrl(input.url(), entity.id).ifPresent(other -> {
            throw ProblemException.conflict(
                    "Entry '%s' already has the url %s; each resource is listed once.".formatted(other, input.url()));
        });
        entity.title = input.title();
        entity.summary = input.summary();
        entity.url = input.url();
        entity.provider = input.provider();
        entity.level = input.level();
        entity.cost = input.cost();
        entity.languages = distinct(input.languages());
        entity.tags = distinct(input.tagsOrEmpty());
        replaceContents(entity.stages, input.stages());
        replaceContents(entity.specializations, input.specializationsOrEmpty());
        kind.applyDetails(request.details(), entity);
    }

    private <E extends Entry> Optional<E> findEntity(EntryKind<E, ?> kind, String id) {
        // An id that is not a slug names no entry; it never reaches the database.
        Entry entry = Slugs.isSlug(id) ? repository.findById(id) : null;
        return Optional.ofNullable(entry).map(found -> ofKind(kind, found, id));
    }

    /** The entry as an entity of the kind asked for; 404 naming where it is if it is of another kind. */
    private <E extends Entry> E ofKind(EntryKind<E, ?> kind, Entry entry, String id) {
        if (!kind.entityType().isInstance(entry)) {
            EntryKind<?, ?> actual = kinds.of(entry);
            throw ProblemException.notFound("There is no %s with id '%s': it is a %s, at /api/v1/%s/%s."
                    .formatted(kind.kind(), id, actual.kind(), actual.kind().collection(), id));
        }
        return kind.entityType().cast(entry);
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(values.stream().distinct().toList());
    }

    private static void replaceContents(Set<String> target, List<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** Who is making the change: the subject of the bearer token (RecordableSubjects vouches it fits). */
    private String curator() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
