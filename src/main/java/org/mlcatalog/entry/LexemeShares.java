package org.mlcatalog.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How common each word of the catalog is: the share of entries whose search document holds it,
 * as PostgreSQL's statistics of the document column give it (its most common lexemes; every other
 * lexeme is rarer than the rarest of those), and how many entries the catalog has. The statistics
 * change as the catalog does, when PostgreSQL analyses the table, so they are read again every
 * few minutes.
 */
@ApplicationScoped
public class LexemeShares {

    private static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final String SQL = "SELECT c.lexeme, c.share FROM pg_stats s,"
            + " unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs)"
            + " AS c(lexeme, share)"
            + " WHERE s.schemaname = current_schema() AND s.tablename = 'entry' AND s.attname = 'search_document'"
            + " AND NOT s.inherited AND c.lexeme IS NOT NULL AND c.share IS NOT NULL";
    /** The planner's count of entries: -1 before the table was first analysed. */
    private static final String ENTRIES_SQL =
            "SELECT CAST(reltuples AS bigint) FROM pg_class WHERE oid = to_regclass('entry')";

    private final EntityManager entityManager;
    private final long driverMinEntries;
    private volatile Snapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The shares as read at one time; a lexeme not among them is at most as common as the rarest. */
    private record Snapshot(Map<String, Double> shares, double rarest, long entries, long readAtNanos)
            implements ToDoubleFunction<String> {

        @Override
        public double applyAsDouble(String lexeme) {
            return shares.getOrDefault(lexeme, rarest);
        }
    }

    public LexemeShares(
            EntityManager entityManager,
            @ConfigProperty(name = "catalog.search.driver-min-entries") long driverMinEntries) {
        this.entityManager = entityManager;
        this.driverMinEntries = driverMinEntries;
    }

    /**
     * The share of entries holding each lexeme, for choosing the words that drive a search's
     * index scan; empty while the catalog is too small for that to pay (0 for every lexeme before
     * the table was first analysed).
     */
    public Optional<ToDoubleFunction<String>> forDriving() {
        Snapshot known = snapshot;
        if (known == null) {
            known = read();
            snapshot = known;
        } else if (System.nanoTime() - known.readAtNanos() > FRESH_FOR.toNanos()
                && refreshing.compareAndSet(false, true)) {
            // One search reads them again; the others go on with the shares read before.
            try {
                known = read();
                snapshot = known;
            } finally {
                refreshing.set(false);
            }
        }
        return known.entries() >= driverMinEntries ? Optional.of(known) : Optional.empty();
    }

    /** Reads the statistics now, as after an ANALYZE of the table. */
    void refresh() {
        snapshot = read();
    }

    private Snapshot read() {
        List<Object[]> rows = NativeQueries.rows(entityManager, SQL, Map.of());
        Map<String, Double> shares = new HashMap<>();
        double rarest = rows.isEmpty() ? 0 : 1;
        for (Object[] row : rows) {
            double share = ((Number) row[1]).doubleValue();
            shares.put((String) row[0], share);
            rarest = Math.min(rarest, share);
        }
        long entries = NativeQueries.rows(entityManager, ENTRIES_SQL, Map.of()).stream()
                .map(row -> ((Number) row[0]).longValue())
                .findFirst()
                .orElse(-1L);
        return new Snapshot(Map.copyOf(shares), rarest, entries, System.nanoTime());
    }
}
