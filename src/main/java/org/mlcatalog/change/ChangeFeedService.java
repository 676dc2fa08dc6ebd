package org.mlcatalog.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mlcatalog.entry.Entry;
import org.mlcatalog.entry.EntryRepository;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;

/**
 * The change feed an app mirrors the catalog with. Changes come in the order of their
 * transactions, and only once every older transaction has finished, so following the cursor
 * never skips a change.
 */
@ApplicationScoped
public class ChangeFeedService {

    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})");
    private static final String START = "0.0";

    private final EntityManager entityManager;
    private final EntryRepository entries;
    private final EntryService entryService;

    public ChangeFeedService(EntityManager entityManager, EntryRepository entries, EntryService entryService) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.entryService = entryService;
    }

    @Transactional
    public ChangePage after(Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of("since", "size"));
        String since = QueryParameters.single(query, "since");
        Matcher cursor = CURSOR.matcher(since == null ? START : since);
        if (!cursor.matches()) {
            throw ProblemException.invalid(
                    "since", "must be a cursor from an earlier answer's next, or absent to start");
        }
        int size = PageRequest.from(
                        Map.of("size", query.getOrDefault("size", List.of(String.valueOf(PageRequest.MAX_SIZE)))))
                .size();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT c.transaction_id::text, c.sequence, c.entry_id, c.kind, c.operation, c.changed_at"
                                + " FROM entry_change c"
                                + " WHERE (c.transaction_id, c.sequence) > (CAST(:transaction AS xid8), :sequence)"
                                + " AND c.transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
                                + " ORDER BY c.transaction_id, c.sequence LIMIT :limit",
                        Object[].class)
                .setParameter("transaction", cursor.group(1))
                .setParameter("sequence", sequence(cursor.group(2)))
                .setParameter("limit", size + 1)
                .getResultList();
        boolean hasMore = rows.size() > size;
        List<Object[]> page = hasMore ? rows.subList(0, size) : rows;
        Map<String, Entry> current =
                entries
                        .loadInOrder(page.stream()
                                .map(row -> (String) row[2])
                                .distinct()
                                .toList())
                        .stream()
                        .filter(entry -> entry != null)
                        .collect(Collectors.toMap(entry -> entry.id, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (Object[] row : page) {
            String id = (String) row[2];
            String operation = (String) row[4];
            Entry entry = operation.equals("deleted") ? null : current.get(id);
            changes.add(new Change(
                    row[0] + "." + row[1],
                    id,
                    (String) row[3],
                    operation,
                    instant(row[5]),
                    entry == null ? null : entryService.represent(entry)));
        }
        String next = changes.isEmpty()
                ? (since == null ? START : since)
                : changes.get(changes.size() - 1).cursor();
        return new ChangePage(changes, next, hasMore);
    }

    private static long sequence(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            throw ProblemException.invalid(
                    "since", "must be a cursor from an earlier answer's next, or absent to start");
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
