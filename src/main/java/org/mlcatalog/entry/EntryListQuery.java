package org.mlcatalog.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;

/**
 * A list request checked against what its collection accepts, and the parameterised SQL that
 * answers it. Values never enter the SQL text: every one is a bound parameter.
 */
public final class EntryListQuery {

    private static final Map<String, String> COMMON_SORT_FIELDS =
            Map.of("title", "e.title", "createdAt", "e.created_at", "updatedAt", "e.updated_at");

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final PageRequest page;

    private EntryListQuery(String from, PageRequest page) {
        this.from = from;
        this.page = page;
    }

    /**
     * Reads a collection's query parameters.
     *
     * @param kind the collection's kind, or null for the list across kinds
     * @param filters every filter the collection accepts
     */
    public static EntryListQuery parse(
            Map<String, List<String>> query, EntryKind<?, ?> kind, List<FilterParameter> filters) {
        Map<String, FilterParameter> byName = new HashMap<>();
        filters.forEach(filter -> byName.put(filter.name(), filter));
        Set<String> accepted = new HashSet<>(byName.keySet());
        accepted.addAll(List.of("page", "size", "sort"));
        QueryParameters.rejectUnknown(query, accepted);

        EntryListQuery list = new EntryListQuery(
                kind == null ? "entry e" : "entry e JOIN " + kind.table() + " k ON k.id = e.id",
                PageRequest.from(query));
        if (kind != null) {
            list.conditions.add("e.kind = :kind");
            list.parameters.put("kind", kind.kind().toString());
        }
        query.forEach((name, values) -> {
            if (byName.containsKey(name)) {
                list.addFilter(byName.get(name), values);
            }
        });
        Map<String, String> sortFields = new HashMap<>(COMMON_SORT_FIELDS);
        if (kind != null) {
            sortFields.putAll(kind.sortFields());
        }
        list.readSort(QueryParameters.single(query, "sort"), sortFields);
        return list;
    }

    private void readSort(String value, Map<String, String> sortFields) {
        if (value == null) {
            order.add("e.title ASC");
            return;
        }
        for (String field : value.split(",", -1)) {
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String expression = sortFields.get(name);
            if (expression == null) {
                throw ProblemException.invalid(
                        "sort",
                        "cannot sort by '%s'; sortable fields: %s (prefix with - to sort descending)"
                                .formatted(name, String.join(", ", new TreeSet<>(sortFields.keySet()))));
            }
            order.add(expression + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST"));
        }
    }

    private void addFilter(FilterParameter filter, List<String> values) {
        List<String> placeholders = new ArrayList<>();
        for (String value : values) {
            String parameter = "p" + parameters.size();
            parameters.put(parameter, filter.parser().apply(value));
            placeholders.add(":" + parameter);
        }
        conditions.add(filter.condition().replace(FilterParameter.VALUES, String.join(", ", placeholders)));
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public String idsSql() {
        return "SELECT e.id FROM " + from + where() + " ORDER BY " + String.join(", ", order)
                + ", e.id LIMIT :limit OFFSET :offset";
    }

    public String countSql() {
        return "SELECT count(*) FROM " + from + where();
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public PageRequest page() {
        return page;
    }
}
