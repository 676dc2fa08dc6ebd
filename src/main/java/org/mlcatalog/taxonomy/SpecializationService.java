package org.mlcatalog.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlcatalog.entry.Slugs;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.EntityTags;
import org.mlcatalog.web.JsonBodies;
import org.mlcatalog.web.Page;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;
import org.mlcatalog.web.Timestamps;

/** Curates the specializations: a slug, a name, a description and an optional broader parent. */
@ApplicationScoped
public class SpecializationService {

    private static final String WHAT = "specialization";

    private final JsonBodies bodies;
    private final EntityTags tags;

    public SpecializationService(JsonBodies bodies, EntityTags tags) {
        this.bodies = bodies;
        this.tags = tags;
    }

    @Transactional
    public Page<SpecializationRepresentation> list(Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of("page", "size"));
        List<SpecializationRepresentation> all = Specialization.<Specialization>listAll(Sort.by("slug")).stream()
                .map(SpecializationRepresentation::of)
                .toList();
        return PageRequest.from(query).slice(all);
    }

    @Transactional
    public Optional<SpecializationRepresentation> find(String slug) {
        return Specialization.<Specialization>findByIdOptional(slug).map(SpecializationRepresentation::of);
    }

    @Transactional
    public SpecializationRepresentation create(JsonNode body) {
        SpecializationInput input = read(body);
        String slug = input.slug() == null ? freeSlug(Slugs.fromText(input.name())) : input.slug();
        if (Specialization.findById(slug) != null) {
            throw ProblemException.conflict("A specialization with slug '%s' already exists.".formatted(slug));
        }
        Specialization specialization = new Specialization();
        specialization.slug = slug;
        apply(input, specialization);
        specialization.createdAt = Timestamps.now();
        specialization.updatedAt = specialization.createdAt;
        specialization.persist();
        return SpecializationRepresentation.of(specialization);
    }

    @Transactional
    public Optional<SpecializationRepresentation> replace(String slug, JsonNode body, String ifMatch) {
        return find(slug, ifMatch).map(specialization -> update(specialization, body));
    }

    @Transactional
    public Optional<SpecializationRepresentation> patch(String slug, JsonNode patch, String ifMatch) {
        return find(slug, ifMatch)
                .map(specialization -> update(
                        specialization,
                        bodies.merge(
                                SpecializationRepresentation.of(specialization),
                                patch,
                                SpecializationRepresentation.READ_ONLY_FIELDS)));
    }

    /** Deletes an unused specialization; one that entries or other specializations still use is kept. */
    @Transactional
    public boolean delete(String slug, String ifMatch) {
        Specialization specialization = find(slug, ifMatch).orElse(null);
        if (specialization == null) {
            return false;
        }
        long entries = Specialization.getEntityManager()
                .createQuery("select count(e) from Entry e where :slug member of e.specializations", Long.class)
                .setParameter("slug", slug)
                .getSingleResult();
        long children = Specialization.count("parent", slug);
        if (entries > 0 || children > 0) {
            throw ProblemException.conflict(
                    "Specialization '%s' is still used by %d entries and %d narrower specializations. Retag or delete them first."
                            .formatted(slug, entries, children));
        }
        specialization.delete();
        return true;
    }

    /** The specialization, if the client's If-Match (when given) names its current version. */
    private Optional<Specialization> find(String slug, String ifMatch) {
        Optional<Specialization> found = Specialization.findByIdOptional(slug);
        found.ifPresent(specialization -> {
            if (ifMatch != null
                    && !EntityTags.matchesStrongly(ifMatch, tags.of(SpecializationRepresentation.of(specialization)))) {
                throw ProblemException.preconditionFailed(
                        "The specialization has changed since you read it. Read it again and retry.");
            }
        });
        return found;
    }

    private SpecializationRepresentation update(Specialization specialization, JsonNode body) {
        SpecializationInput input = read(body);
        if (input.slug() != null && !input.slug().equals(specialization.slug)) {
            throw ProblemException.invalid(
                    "slug", "cannot change; a specialization keeps the slug it was created with");
        }
        SpecializationRepresentation before = SpecializationRepresentation.of(specialization);
        apply(input, specialization);
        if (!SpecializationRepresentation.of(specialization).equals(before)) {
            specialization.updatedAt = Timestamps.now();
        }
        return SpecializationRepresentation.of(specialization);
    }

    private SpecializationInput read(JsonNode body) {
        return bodies.read(body, SpecializationInput.class, WHAT, SpecializationRepresentation.READ_ONLY_FIELDS);
    }

    private void apply(SpecializationInput input, Specialization specialization) {
        if (input.parent() != null) {
            checkParent(specialization.slug, input.parent());
        }
        specialization.name = input.name();
        specialization.description = input.description();
        specialization.parent = input.parent();
    }

    /** The parent must exist, and following parents up from it must never lead back to this specialization. */
    private static void checkParent(String slug, String parent) {
        String ancestor = parent;
        while (ancestor != null) {
            if (ancestor.equals(slug)) {
                throw ProblemException.invalid("parent", "would make '%s' its own ancestor".formatted(slug));
            }
            Specialization next = Specialization.findById(ancestor);
            if (next == null) {
                throw ProblemException.invalid("parent", "names no existing specialization ('%s')".formatted(ancestor));
            }
            ancestor = next.parent;
        }
    }

    /** The slug derived from a name, or the first free {@code slug-2}, ... when it is taken. */
    private static String freeSlug(String base) {
        String slug = base;
        for (int suffix = 2; Specialization.findById(slug) != null; suffix++) {
            slug = base + "-" + suffix;
        }
        return slug;
    }
}
