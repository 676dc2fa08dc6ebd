package org.mlcatalog.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The queries over entries: pages of a list, loading in order, and the uniqueness checks of writes. */
@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<Entry, String> {

    private final EntryRows rows;

    public EntryRepository(EntryRows rows) {
        this.rows = rows;
    }

    /**
     * The ids on the requested page of a list, in the list's order, and how many entries the whole
     * list has: one statement, which counts the list only when the page does not tell its size.
     */
    public PageOfIds pageOfIds(EntryListQuery list) {
        List<Object[]> rows = NativeQueries.page(getEntityManager(), list.pageAndSizeSql(), list);
        List<String> ids = rows.stream()
                .map(row -> (String) row[0])
                .filter(Objects::nonNull)
                .toList();
        return new PageOfIds(ids, ((Number) rows.get(0)[1]).longValue());
    }

    /** A page of ids, and the size of its list. */
    public record PageOfIds(List<String> ids, long size) {}

    /** Up to {@code limit} ids of the list after {@code after}, in id order. */
    public List<String> batchAfter(EntryListQuery list, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>(list.parameters());
        parameters.put("after", after);
        parameters.put("limit", limit);
        return NativeQueries.texts(getEntityManager(), list.batchAfterSql(), parameters);
    }

    /**
     * The entries most like the given one: shared specializations count most, then shared tags,
     * stages, and how alike the titles are. Candidates share at least a specialization or a tag.
     */
    public List<String> similarTo(String id, int limit) {
        String sql = "WITH target AS (SELECT id, title, tags FROM entry WHERE id = :id),"
                + " candidates AS ("
                + "   SELECT b.entry_id AS id FROM entry_specialization a"
                + "   JOIN entry_specialization b ON b.specialization = a.specialization"
                + "   WHERE a.entry_id = :id"
                + "   UNION SELECT e.id FROM entry e, target t WHERE e.tags && t.tags)"
                + " SELECT e.id FROM entry e JOIN candidates c ON c.id = e.id, target t"
                + " WHERE e.id <> t.id"
                + " ORDER BY 3 * (SELECT count(*) FROM entry_specialization x JOIN entry_specialization y"
                + "               ON y.specialization = x.specialization AND y.entry_id = t.id WHERE x.entry_id = e.id)"
                + " + 2 * cardinality(ARRAY(SELECT unnest(e.tags) INTERSECT SELECT unnest(t.tags)))"
                + " + (SELECT count(*) FROM entry_stage x JOIN entry_stage y"
                + "    ON y.stage = x.stage AND y.entry_id = t.id WHERE x.entry_id = e.id)"
                + " + 4 * similarity(e.title, t.title) DESC, e.id"
                + " LIMIT :limit";
        return NativeQueries.texts(getEntityManager(), sql, Map.of("id", id, "limit", limit));
    }

    /**
     * The entries with these ids, in the same order, with their kind's fields. Reads run outside a
     * transaction, so an entry deleted after its id was read is left out rather than returned as a gap.
     */
    public List<Entry> loadInOrder(List<String> ids) {
        Map<String, Entry> byId = loadById(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The entries with these ids that exist, by id, read for representing them: one prepared
     * statement (the ids are bound as one array), whose rows become detached entities.
     */
    public Map<String, Entry> loadById(List<String> ids) {
        return rows.read(getSession(), ids).stream()
                .collect(Collectors.toMap(entry -> entry.id, Function.identity(), (same, again) -> same));
    }

    /** The entry with this id, if there is one, read for representing it (see {@link #loadById}). */
    public Optional<Entry> read(String id) {
        return rows.read(getSession(), List.of(id)).stream().findFirst();
    }

    /** The entry, other than {@code exceptId}, that already lists this url. */
    public Optional<String> idWithUrl(String url, String exceptId) {
        return getEntityManager()
                .createQuery("select e.id from Entry e where e.url = :url and e.id <> :id", String.class)
                .setParameter("url", url)
                .setParameter("id", exceptId)
                .getResultStream()
                .findFirst();
    }

    /**
     * {@code base} if no entry has it, else the first free {@code base-2}, {@code base-3}, ... Two
     * creates deriving from the same title take turns (a lock held until their transactions end),
     * so the second sees the id the first took.
     */
    public String freeId(String base) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:base))")
                .setParameter("base", base)
                .getSingleResult();
        Set<String> taken = new HashSet<>(getEntityManager()
                .createQuery("select e.id from Entry e where e.id = :base or e.id like :numbered", String.class)
                .setParameter("base", base)
                .setParameter("numbered", base + "-%")
                .getResultList());
        String id = base;
        for (int suffix = 2; taken.contains(id); suffix++) {
            id = base + "-" + suffix;
        }
        return id;
    }
}
