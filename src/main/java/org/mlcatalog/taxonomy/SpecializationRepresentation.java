package org.mlcatalog.taxonomy;

import java.time.Instant;
import java.util.Set;
import org.mlcatalog.web.LastModified;

/** A specialization as the API returns it. */
public record SpecializationRepresentation(
        String slug, String name, String description, String parent, Instant createdAt, Instant updatedAt)
        implements LastModified {

    @Override
    public Instant lastModified() {
        return updatedAt;
    }

    static final Set<String> READ_ONLY_FIELDS = Set.of("createdAt", "updatedAt");

    static SpecializationRepresentation of(Specialization specialization) {
        return new SpecializationRepresentation(
                specialization.slug,
                specialization.name,
                specialization.description,
                specialization.parent,
                specialization.createdAt,
                specialization.updatedAt);
    }
}
