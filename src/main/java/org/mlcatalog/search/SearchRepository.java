package org.mlcatalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mlcatalog.entry.EntryListQuery;
import org.mlcatalog.entry.EntryListQuery.FacetColumn;
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
     * The ids on the requested page of the list, in order, how many entries the list has, and for
     * each facet the number per value, values in alphabetical order: one statement, which matches
     * the entries once.
     */
    public PageSizeAndFacets pageSizeAndFacets(EntryListQuery list) {
        Query query = NativeQueries.create(entityManager, list.pageSizeAndFacetsSql(FACETS), list.parameters())
                .setParameter("limit", list.page().size())
                .setParameter("offset", list.page().offset());
        String[] page = new String[list.page().size()];
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        FACETS.keySet().forEach(facet -> counts.put(facet, new TreeMap<>()));
        long size = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            long entries = ((Number) row[2]).longValue();
            if (row[0] == null) {
                size = entries;
            } else if (row[0].equals(EntryListQuery.PAGE)) {
                page[(int) entries - 1] = (String) row[1];
            } else {
                counts.get((String) row[0]).put((String) row[1], entries);
            }
        }
        List<String> ids = Arrays.stream(page).filter(Objects::nonNull).toList();
        return new PageSizeAndFacets(ids, size, counts);
    }

    /** A page of ids, the size of its list and the list's facet counts. */
    public record PageSizeAndFacets(List<String> ids, long size, Map<String, Map<String, Long>> facets) {}

    /** Score and highlighted title and summary of each entry, by id. */
    public Map<String, ScoredHighlight> highlights(List<String> ids, TextMatch text) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT e.id, " + text.rank() + ", "
                + "ts_headline('catalog_english', " + escaped("e.title") + ", " + text.tsquery()
                + ", 'HighlightAll=true, " + MARKS + "'), "
                + "ts_headline('catalog_english', " + escaped("e.summary") + ", " + text.tsquery()
                + ", 'HighlightAll=true, " + MARKS + "')"
                + " FROM entry e WHERE e.id IN (:ids)";
        Query query =
                NativeQueries.create(entityManager, sql, text.parameters()).setParameter("ids", ids);
        Map<String, ScoredHighlight> byId = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            byId.put(
                    (String) row[0],
                    new ScoredHighlight(
                            ((Number) row[1]).doubleValue(), new Highlight((String) row[2], (String) row[3])));
        }
        return byId;
    }

    /** A score and highlight of one entry. */
    public record ScoredHighlight(double score, Highlight highlight) {}

    /**
     * Up to {@code limit} titles that start with the prefix, or have a word starting with it (every
     * earlier word of the prefix must be in the title too); titles starting with it come first.
     */
    public List<Suggestion> titlesStartingWith(String foldedPrefix, String wordPrefixes, int limit) {
        String sql = "SELECT e.id, e.kind, e.title FROM entry e"
                + " WHERE catalog_fold(e.title) LIKE :prefix ESCAPE '\\'"
                + " OR to_tsvector('simple', catalog_fold(e.title)) @@ to_tsquery('simple', :words)"
                + " ORDER BY (catalog_fold(e.title) LIKE :prefix ESCAPE '\\') DESC, length(e.title), e.title, e.id"
                + " LIMIT :limit";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("prefix", likeEscaped(foldedPrefix) + "%")
                .setParameter("words", wordPrefixes)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Suggestion(
                        (String) row[0],
                        org.mlcatalog.entry.Kind.valueOf(((String) row[1]).toUpperCase(java.util.Locale.ROOT)),
                        (String) row[2]))
                .toList();
    }

    private static String escaped(String column) {
        return "replace(replace(replace(" + column + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
