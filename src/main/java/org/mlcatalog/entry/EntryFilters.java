package org.mlcatalog.entry;

import static org.mlcatalog.entry.FilterParameter.VALUES;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.taxonomy.Taxonomy;
import org.mlcatalog.web.Timestamps;

/** The filters a list accepts: those every collection shares, plus the kind's own. */
@ApplicationScoped
public class EntryFilters {

    private final Taxonomy taxonomy;

    public EntryFilters(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The filters of a kind's collection, or of the list across kinds when {@code kind} is null. */
    public List<FilterParameter> of(EntryKind<?, ?> kind) {
        List<FilterParameter> filters = new ArrayList<>(common());
        if (kind == null) {
            filters.add(FilterParameter.oneOf("kind", "e.kind", Kind.class));
        } else {
            filters.addAll(kind.filters());
        }
        return filters;
    }

    private static Object instant(String value) {
        return Timestamps.parsePlausible(value)
                .map(Instant::toString)
                .orElseThrow(() -> ProblemException.invalid(
                        "updatedSince",
                        "must be an ISO-8601 UTC timestamp such as 2026-11-24T18:00:00Z, " + Timestamps.DATE_SPAN));
    }

    private List<FilterParameter> common() {
        return List.of(
                FilterParameter.oneOf("stage", "e.stages && " + VALUES, taxonomy::stageSlugs),
                FilterParameter.oneOf(
                        "specialization", "e.specializations && " + VALUES, taxonomy::specializationSlugs),
                FilterParameter.oneOf("level", "e.level", Level.class),
                FilterParameter.oneOf("cost", "e.cost", Cost.class),
                FilterParameter.matching(
                        "language",
                        "e.languages && " + VALUES,
                        "^[a-z]{2}$",
                        "a two-letter ISO 639-1 code such as 'en'"),
                new FilterParameter(
                        "updatedSince",
                        "e.updated_at >= (SELECT min(since::timestamptz) FROM unnest(" + VALUES + ") since)",
                        EntryFilters::instant),
                FilterParameter.matching(
                        "tag",
                        "e.tags && " + VALUES,
                        Slugs.PATTERN,
                        EntryInput.TAG_MAX_LENGTH,
                        "lower-case words joined by hyphens, at most " + EntryInput.TAG_MAX_LENGTH + " characters"));
    }
}
