package org.mlcatalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mlcatalog.entry.EntryListQuery;
import org.mlcatalog.entry.EntryListQuery.FacetColumn;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.entry.NativeQueries;
import org.mlcatalog.entry.TextMatch;
import org.mlcatalog.search.SearchHit.Highlight;

/** The SQL of search beyond the list itself: facet counts, scores and highlights, and typeahead. */
@ApplicationScoped
public class SearchRepository {

    static final Map<String, FacetColumn> FACETS = facets();
    private static final String MARKS = "StartSel=<mark>, StopSel=</mark>";

    private final EntityManager entityManager;

    public SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static Map<String, FacetColumn> facets() {
        Map<String, FacetColumn> facets = new LinkedHashMap<>();
        facets.put("kind", new FacetColumn("e.kind", false));
        facets.put("stage", new FacetColumn("e.stages", true));
        facets.put("specialization", new FacetColumn("e.specializations", true));
        facets.put("level", new FacetColumn("e.level", false));
        facets.put("cost", new FacetColumn("e.cost", false));
        return facets;
    }

    /**
     * The ids on the requested page of the list, in order, how many entries the list has, for each
     * facet the number per value, values in alphabetical order, and for a text query each page
     * entry's score and highlights: one statement, which matches the entries once.
     */
    public PageSizeAndFacets pageSizeAndFacets(EntryListQuery list, Optional<TextMatch> text) {
        List<String> pageColumns =
                text.map(SearchRepository::scoreAndHighlights).orElse(List.of());
        String[] page = new String[list.page().size()];
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        FACETS.keySet().forEach(facet -> counts.put(facet, new TreeMap<>()));
        Map<String, ScoredHighlight> highlights = new HashMap<>();
        long size = 0;
        for (Object[] row : NativeQueries.page(entityManager, list.pageSizeAndFacetsSql(FACETS, pageColumns), list)) {
            long entries = ((Number) row[2]).longValue();
            if (row[0] == null) {
                size = entries;
            } else if (row[0].equals(EntryListQuery.PAGE)) {
                String id = (String) row[1];
                page[(int) entries - 1] = id;
                if (!pageColumns.isEmpty()) {
                    highlights.put(
                            id,
                            new ScoredHighlight(
                                    ((Number) row[3]).doubleValue(), new Highlight((String) row[4], (String) row[5])));
                }
            } else {
                counts.get((String) row[0]).put((String) row[1], entries);
            }
        }
        List<String> ids = Arrays.stream(page).filter(Objects::nonNull).toList();
        return new PageSizeAndFacets(ids, size, counts, highlights);
    }

    /**
     * A page of ids, the size of its list, the list's facet counts, and by id each page entry's
     * score and highlights (none without a text query).
     */
    public record PageSizeAndFacets(
            List<String> ids,
            long size,
            Map<String, Map<String, Long>> facets,
            Map<String, ScoredHighlight> highlights) {}

    /** An entry's ({@code e}) score for the text, and its title and summary with the text's words marked. */
    private static List<String> scoreAndHighlights(TextMatch text) {
        return List.of(text.rank(), headline(text, "e.title"), headline(text, "e.summary"));
    }

    private static String headline(TextMatch text, String column) {
        return "ts_headline('catalog_english', " + escaped(column) + ", " + text.tsquery() + ", 'HighlightAll=true, "
                + MARKS + "')";
    }

    /** A score and highlight of one entry. */
    public record ScoredHighlight(double score, Highlight highlight) {}

    /**
     * Up to {@code limit} titles that start with the prefix, shortest first, then, if there are
     * fewer, titles with a word starting with it (every earlier word of the prefix must be in the
     * title too), shortest first. Titles starting with the prefix are read from an index that holds
     * every column the answer needs, so a short prefix shared by many titles reads no table rows;
     * titles matching by word are only looked for when those are too few.
     */
    public List<Suggestion> titlesStartingWith(String foldedPrefix, String wordPrefixes, int limit) {
        String prefix = likeEscaped(foldedPrefix) + "%";
        List<Suggestion> suggestions = new ArrayList<>(titles(
                "SELECT e.id, e.kind, e.title FROM entry e WHERE e.title_folded LIKE :prefix ESCAPE '\\'"
                        + " ORDER BY length(e.title), e.title, e.id LIMIT :limit",
                prefix,
                null,
                limit));
        if (suggestions.size() < limit) {
            suggestions.addAll(titles(
                    "SELECT e.id, e.kind, e.title FROM entry e"
                            + " WHERE to_tsvector('simple', catalog_fold(e.title)) @@ to_tsquery('simple', :words)"
                            + " AND e.title_folded NOT LIKE :prefix ESCAPE '\\'"
                            + " ORDER BY length(e.title), e.title, e.id LIMIT :limit",
                    prefix,
                    wordPrefixes,
                    limit - suggestions.size()));
        }
        return suggestions;
    }

    private List<Suggestion> titles(String sql, String prefix, String words, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prefix", prefix);
        parameters.put("limit", limit);
        if (words != null) {
            parameters.put("words", words);
        }
        return NativeQueries.rows(entityManager, sql, parameters).stream()
                .map(row -> new Suggestion(
                        (String) row[0], Kind.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), (String) row[2]))
                .toList();
    }

    private static String escaped(String column) {
        return "replace(replace(replace(" + column + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
