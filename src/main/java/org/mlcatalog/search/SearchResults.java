package org.mlcatalog.search;

import java.util.List;
import java.util.Map;
import org.mlcatalog.web.Page;

/**
 * A page of search hits with facet counts. {@code searchedFor} is the query that produced the
 * hits: the corrected one when the query as typed found nothing and {@code didYouMean} offers a
 * correction.
 */
public record SearchResults(
        String query,
        String searchedFor,
        String didYouMean,
        List<SearchHit> items,
        Page.Position page,
        Map<String, Map<String, Long>> facets) {

    /** These results, answering {@code original}, with {@code correction} offered as "did you mean". */
    SearchResults correctedFrom(String original, String correction) {
        return new SearchResults(original, searchedFor, correction, items, page, facets);
    }
}
