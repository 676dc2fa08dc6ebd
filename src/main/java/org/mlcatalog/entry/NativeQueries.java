package org.mlcatalog.entry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds native queries from SQL with named parameters, binding those the SQL uses. */
public final class NativeQueries {

    private NativeQueries() {}

    /**
     * A query over {@code sql} with each parameter it names bound. One set of parameters serves a
     * list's page, count and facets, which do not all use every parameter.
     */
    public static Query create(
            EntityManager entityManager, String sql, Class<?> resultType, Map<String, Object> parameters) {
        Query query = resultType == null
                ? entityManager.createNativeQuery(sql)
                : entityManager.createNativeQuery(sql, resultType);
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + Pattern.quote(name) + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
