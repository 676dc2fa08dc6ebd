package org.mlcatalog.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How common each word of the catalog is: the share of entries whose search document holds it,
 * as PostgreSQL's statistics of the document column give it (its most common lexemes; every other
 * lexeme is rarer than the rarest of those). The statistics change as the catalog does, when
 * PostgreSQL analyses the table, so they are read again every few minutes.
 */
@ApplicationScoped
public class LexemeShares {

    private static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final String SQL = "SELECT c.lexeme, c.share FROM pg_stats s,"
            + " unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs)"
            + " AS c(lexeme, share)"
            + " WHERE s.schemaname = current_schema() AND s.tablename = 'entry' AND s.attname = 'search_document'"
            + " AND c.lexeme IS NOT NULL";

    private final EntityManager entityManager;
    private volatile Snapshot snapshot;

    /** The shares as read at one time; a lexeme not among them is at most as common as the rarest. */
    private record Snapshot(Map<String, Double> shares, double rarest, long readAtNanos)
            implements ToDoubleFunction<String> {

        @Override
        public double applyAsDouble(String lexeme) {
            return shares.getOrDefault(lexeme, rarest);
        }
    }

    public LexemeShares(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The share of entries holding a lexeme; 0 for every lexeme before the table was first analysed. */
    public ToDoubleFunction<String> current() {
        Snapshot known = snapshot;
        if (known == null || System.nanoTime() - known.readAtNanos() > FRESH_FOR.toNanos()) {
            known = read();
            snapshot = known;
        }
        return known;
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
        return new Snapshot(Map.copyOf(shares), rarest, System.nanoTime());
    }
}
