package org.mlcatalog.entry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mlcatalog.web.LastModified;

/** An entry as the API returns it: the shared fields, the kind's own fields alongside, and timestamps. */
@JsonPropertyOrder({
    "id",
    "kind",
    "title",
    "summary",
    "url",
    "provider",
    "stages",
    "specializations",
    "level",
    "cost",
    "languages",
    "tags",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy"
})
public record EntryRepresentation(
        String id,
        Kind kind,
        String title,
        String summary,
        String url,
        String provider,
        List<String> stages,
        List<String> specializations,
        Level level,
        Cost cost,
        List<String> languages,
        List<String> tags,
        @JsonUnwrapped Record details,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements LastModified {

    /** Fields the service maintains, which a request may not set. */
    @Override
    public Instant lastModified() {
        return updatedAt;
    }

    public static final Set<String> READ_ONLY_FIELDS =
            Set.of("kind", "createdAt", "createdBy", "updatedAt", "updatedBy");
}
