package org.mlcatalog.entry;

import java.util.Map;

/**
 * A full-text query as SQL: the query text, a tsquery expression, the tsquery expression that
 * drives the index scan (the same one, or a looser one), their bound parameters, and how relevant
 * an entry is to the query.
 */
public record TextMatch(String text, String tsquery, String indexTsquery, Map<String, Object> parameters) {

    /** Title matches count most, then provider, authors and tags, then the summary, then kind and level. */
    private static final String WEIGHTS = "'{0.05, 0.2, 0.4, 1.0}'";

    /**
     * The SQL condition that an entry ({@code e}) matches. Where a looser tsquery drives the index
     * scan ({@link IndexDriver}), each entry it finds is tested against the query itself, by the
     * function behind {@code @@}, which the planner does not take for a second index condition.
     */
    public String condition() {
        if (indexTsquery.equals(tsquery)) {
            return "e.search_document @@ " + tsquery;
        }
        return "e.search_document @@ " + indexTsquery + " AND ts_match_vq(e.search_document, " + tsquery + ")";
    }

    /** The parameter holding the folded query text, compared with titles. */
    static final String TITLE_PARAMETER = "query_text";

    /**
     * The SQL expression of an entry's relevance, from 0 to 1: how often, and in which fields, the
     * document has the query's words, plus how close the query is to the title, or to the acronym a
     * title ends with ("... (NeurIPS)"), so the resource a learner names comes first. ts_rank ranks
     * the relevance queries as well as cover density (ts_rank_cd) does, at about half its cost per
     * matching entry. The closeness to the title is measured only where the title has a word of the
     * query: a title that shares none is far from the query anyway, and trigram similarity is the
     * dearest part of ranking a query that matches thousands of entries.
     */
    public String rank() {
        String title = ":" + TITLE_PARAMETER;
        return "((ts_rank(" + WEIGHTS + ", e.search_document, " + tsquery + ", 32)"
                + " + 0.5 * CASE WHEN e.search_document @@ " + TITLE_WORDS
                + " THEN greatest(similarity(e.title_folded, " + title + "), similarity(e.title_acronym, " + title
                + ")) ELSE 0 END) / 1.5)";
    }

    /**
     * A tsquery that matches an entry whose title has any word of the query: each lexeme the
     * catalog's configuration makes of the query, restricted to the title's weight (A). Lexemes are
     * quoted for the tsquery syntax, so no query text can break it; a query of stop words only gives
     * NULL, which matches nothing. As a scalar subquery it is built once per statement.
     */
    private static final String TITLE_WORDS =
            "(SELECT string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '\\''') || ''':A', ' | ')::tsquery"
                    + " FROM unnest(to_tsvector('catalog_english', :" + TITLE_PARAMETER + ")))";
}
