package org.mlcatalog.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the {@code entry_change} log that triggers write. */
@ApplicationScoped
public class ChangeFeedRepository {

    /** One logged change, with its place in the feed. */
    public record ChangeRow(
            String transaction, long sequence, String entryId, String kind, String operation, Instant changedAt) {

        String cursor() {
            return transaction + "." + sequence;
        }
    }

    private final EntityManager entityManager;

    public ChangeFeedRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} changes after a cursor, in transaction order, from transactions older
     * than every one still running: a later commit can never land behind a cursor already handed out.
     */
    public List<ChangeRow> after(String transaction, long sequence, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT c.transaction_id::text, c.sequence, c.entry_id, c.kind, c.operation, c.changed_at"
                                + " FROM entry_change c"
                                + " WHERE (c.transaction_id, c.sequence) > (CAST(:transaction AS xid8), :sequence)"
                                + " AND c.transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
                                + " ORDER BY c.transaction_id, c.sequence LIMIT :limit")
                .setParameter("transaction", transaction)
                .setParameter("sequence", sequence)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new ChangeRow(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        instant(row[5])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }
}
