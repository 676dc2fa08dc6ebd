package org.mlcatalog.search;

import org.mlcatalog.entry.EntryRepresentation;

/**
 * One search result: the entry, its relevance from 0 to 1, and its title and summary with the
 * matched words wrapped in {@code <mark>} (both HTML-escaped). Without {@code q}, score and
 * highlight are null.
 */
public record SearchHit(EntryRepresentation entry, Double score, Highlight highlight) {

    public record Highlight(String title, String summary) {}
}
