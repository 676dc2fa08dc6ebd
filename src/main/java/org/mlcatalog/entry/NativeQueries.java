package org.mlcatalog.entry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;

/**
 * Builds native queries from SQL with named parameters, binding those the SQL uses.
 *
 * <p>The queries are untyped on purpose (one column gives its values, several give arrays).
 * Hibernate keeps the plan of a native query keyed by its SQL and result mapping; a result class
 * makes a new mapping per query that never equals a kept one, so every typed call added a plan:
 * the cache filled with thousands of keys of the same hash that each lookup had to walk.
 */
public final class NativeQueries {

    private NativeQueries() {}

    /**
     * A query over {@code sql} with each parameter it names bound. One set of parameters serves a
     * list's page, count and facets, which do not all use every parameter.
     */
    public static Query create(EntityManager entityManager, String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach((name, value) -> {
            if (names(sql, name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /**
     * A query over {@code sql} that reads the requested page of a list: the list's parameters, and
     * the page's {@code :limit} and {@code :offset}.
     */
    public static Query page(EntityManager entityManager, String sql, EntryListQuery list) {
        return create(entityManager, sql, list.parameters())
                .setParameter("limit", list.page().size())
                .setParameter("offset", list.page().offset());
    }

    /** Whether the SQL uses the parameter {@code :name} (and not merely one whose name starts with it). */
    static boolean names(String sql, String name) {
        String placeholder = ":" + name;
        for (int at = sql.indexOf(placeholder); at >= 0; at = sql.indexOf(placeholder, at + 1)) {
            int after = at + placeholder.length();
            if (after == sql.length() || !isNamePart(sql.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }
}
