package org.mlcatalog.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlcatalog.problem.Problem.Violation;
import org.mlcatalog.web.Timestamps;

/**
 * Everything that differs between kinds: the entity and API types, the filters and sort fields of
 * its collection, and rules across its fields. The shared CRUD, query and validation code works
 * through it, so adding a kind means adding one of these. The kind's own fields move between
 * record and entity by name.
 *
 * @param <E> the kind's entity
 * @param <D> the record of the kind's own fields, as the API reads and writes them
 */
public abstract class EntryKind<E extends Entry, D extends Record> {

    private final Kind kind;
    private final Class<E> entityType;
    private final Class<D> detailsType;
    private final String table;
    private final Set<String> fields;
    private final DetailsMapping<E, D> mapping;

    protected EntryKind(Kind kind, Class<E> entityType, Class<D> detailsType, String table) {
        this.kind = kind;
        this.entityType = entityType;
        this.detailsType = detailsType;
        this.table = table;
        this.fields = Arrays.stream(detailsType.getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toUnmodifiableSet());
        this.mapping = new DetailsMapping<>(entityType, detailsType);
    }

    /** A new, empty entity of this kind. */
    E newEntity() {
        try {
            return entityType.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entityType + " needs a public no-argument constructor", e);
        }
    }

    /** The kind's own fields of an entity, as the API shows them. */
    D detailsOf(E entity) {
        return mapping.read(entity);
    }

    /** Copies the kind's own fields from a validated request onto an entity. */
    void applyDetails(D details, E entity) {
        mapping.write(details, entity);
    }

    /** Filters of the kind's own fields, on top of those every collection has. */
    public List<FilterParameter> filters() {
        return List.of();
    }

    /** Sortable fields of the kind's own, by API name, with the SQL expression to order by. */
    public Map<String, String> sortFields() {
        return Map.of();
    }

    /** Rules across the kind's fields that single-field constraints cannot express, such as date order. */
    public List<Violation> check(D details) {
        return List.of();
    }

    /** The check shared by kinds with a period: plausible dates, and no end before the start. */
    protected static List<Violation> inOrder(LocalDate startDate, LocalDate endDate) {
        List<Violation> violations = new ArrayList<>();
        if (outOfRange(startDate)) {
            violations.add(new Violation("startDate", "must be " + Timestamps.DATE_SPAN));
        }
        if (outOfRange(endDate)) {
            violations.add(new Violation("endDate", "must be " + Timestamps.DATE_SPAN));
        }
        if (violations.isEmpty() && startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation("endDate", "must not be before startDate"));
        }
        return violations;
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && !Timestamps.plausible(date);
    }

    /** The check shared by kinds that meet somewhere: in person means a location. */
    protected static List<Violation> locatable(boolean online, String location) {
        if (!online && location == null) {
            return List.of(new Violation("location", "is required when online is false"));
        }
        return List.of();
    }

    /** Fields the service derives, which a request may not set. */
    public Set<String> readOnlyFields() {
        return Set.of();
    }

    public Kind kind() {
        return kind;
    }

    public Class<E> entityType() {
        return entityType;
    }

    public Class<D> detailsType() {
        return detailsType;
    }

    /** The kind's table, joined as {@code k} in list queries. */
    public String table() {
        return table;
    }

    /** Every field of the kind's own, read-only ones included. */
    public Set<String> fields() {
        return fields;
    }

    @SuppressWarnings("unchecked")
    D detailsOfEntry(Entry entry) {
        return detailsOf((E) entry);
    }
}
