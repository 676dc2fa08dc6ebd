package org.mlcatalog.entry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;

/**
 * The tsqueries of recently searched queries, by their synonym variants. A tsquery depends only on
 * the text search configuration, which changes with a migration, so a query searched again costs
 * no statement of its own. Searches repeat: the queries learners ask most make up most of the
 * traffic.
 */
final class KeptTsqueries {

    private final Cache<List<String>, String> kept;
    private final Function<List<String>, String> read;

    /**
     * What a kept query costs on the heap beyond its characters: the cache's and the map's nodes,
     * the list and the strings' headers, its share of the frequency sketch. Without it, a flood of
     * distinct short queries (punctuation, whose tsquery is empty) would fill the heap with entries
     * weighing a few characters each.
     */
    static final int ENTRY_BYTES = 256;

    /**
     * @param bytes how much heap the kept queries and tsqueries may take, whatever their number and
     *     lengths; Caffeine lets go first of the queries asked least often and least recently
     * @param read reads the tsquery of a query's variants from the database
     */
    KeptTsqueries(long bytes, Function<List<String>, String> read) {
        this.kept = Caffeine.newBuilder()
                .maximumWeight(bytes)
                // Evicting a few small entries takes less than handing the work to another thread.
                .executor(Runnable::run)
                .<List<String>, String>weigher((variants, tsquery) -> ENTRY_BYTES
                        + 2
                                * (tsquery.length()
                                        + variants.stream()
                                                .mapToInt(String::length)
                                                .sum()))
                .build();
        this.read = read;
    }

    /**
     * The tsquery of these variants. It is read outside the cache's own computation, which would
     * hold other queries' lookups for as long as the database takes; a read that fails keeps nothing.
     */
    String of(List<String> variants) {
        String known = kept.getIfPresent(variants);
        if (known == null) {
            known = read.apply(variants);
            kept.put(variants, known);
        }
        return known;
    }
}
