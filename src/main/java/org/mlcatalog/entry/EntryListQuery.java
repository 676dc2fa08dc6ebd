package org.mlcatalog.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;

/**
 * A list request checked against what its collection accepts, and the parameterised SQL that
 * answers it. Values never enter the SQL text: every one is a bound parameter.
 */
public final class EntryListQuery {

    /** The query parameter of a full-text query. */
    public static final String TEXT = "q";

    public static final String RELEVANCE = "relevance";
    /** The facet name of the page's rows in {@link #pageSizeAndFacetsSql}; no facet is named so. */
    public static final String PAGE = "#page";

    private static final Map<String, String> COMMON_SORT_FIELDS =
            Map.of("title", "e.title", "createdAt", "e.created_at", "updatedAt", "e.updated_at");
    /** The condition of a kind's own collection, which no facet leaves out. */
    private static final String COLLECTION_KIND = "collection kind";
    /** The SQL array type of a filter's values, by the Java type its parser gives. */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String.class, "text[]", Boolean.class, "boolean[]");

    // A kind's own table is joined only when a filter or sort reads it: the join hides from the
    // planner how many entries the common conditions select, so it would sort every match
    // instead of walking an index in order.
    private final String kindTable;
    private boolean readsKindTable;
    private final Optional<TextMatch> text;
    // Keyed by the parameter that set each condition, so a facet can leave its own out.
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<SortKey> order = new ArrayList<>();
    private final PageRequest page;

    private EntryListQuery(String kindTable, Optional<TextMatch> text, PageRequest page) {
        this.kindTable = kindTable;
        this.text = text;
        this.page = page;
    }

    /**
     * Reads a collection's query parameters.
     *
     * @param kind the collection's kind, or null for a list across kinds
     * @param filters every filter the collection accepts
     * @param text the full-text query of the {@code q} parameter, if any
     */
    public static EntryListQuery parse(
            Map<String, List<String>> query,
            EntryKind<?, ?> kind,
            List<FilterParameter> filters,
            Optional<TextMatch> text) {
        Map<String, FilterParameter> byName = new LinkedHashMap<>();
        filters.forEach(filter -> byName.put(filter.name(), filter));
        Set<String> accepted = new HashSet<>(byName.keySet());
        accepted.addAll(List.of("page", "size", "sort", TEXT));
        QueryParameters.rejectUnknown(query, accepted);

        EntryListQuery list = new EntryListQuery(kind == null ? null : kind.table(), text, PageRequest.from(query));
        if (kind != null) {
            list.conditions.put(COLLECTION_KIND, "e.kind = :kind");
            list.parameters.put("kind", kind.kind().toString());
        }
        text.ifPresent(match -> {
            list.conditions.put(TEXT, match.condition());
            list.parameters.putAll(match.parameters());
        });
        Set<String> kindFilters = kind == null
                ? Set.of()
                : kind.filters().stream().map(FilterParameter::name).collect(Collectors.toSet());
        Map<String, String> kindSortFields = kind == null ? Map.of() : kind.sortFields();
        // In the filters' own order, not the request's: the same filters give the same statement
        // text, which each connection prepares and plans once.
        for (FilterParameter filter : byName.values()) {
            List<String> values = query.get(filter.name());
            if (values != null) {
                list.addFilter(filter, values);
                list.readsKindTable |= kindFilters.contains(filter.name());
            }
        }
        Map<String, String> sortFields = new HashMap<>(COMMON_SORT_FIELDS);
        sortFields.putAll(kindSortFields);
        text.ifPresent(match -> sortFields.put(RELEVANCE, "-" + match.rank()));
        list.readSort(QueryParameters.single(query, "sort"), sortFields, kindSortFields.keySet());
        return list;
    }

    /** The fields every list sorts by, whatever its kind. */
    public static Set<String> commonSortFields() {
        return COMMON_SORT_FIELDS.keySet();
    }

    private void readSort(String value, Map<String, String> sortFields, Set<String> kindSortFields) {
        if (value == null) {
            value = text.isPresent() ? RELEVANCE : "title";
        }
        Set<String> named = new HashSet<>();
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
            // A field sorted by again orders nothing more; refused, it cannot make endless statement texts.
            if (!named.add(name)) {
                throw ProblemException.invalid("sort", "names '%s' more than once".formatted(name));
            }
            order.add(new SortKey(expression, descending));
            readsKindTable |= kindSortFields.contains(name);
        }
    }

    private String from() {
        return readsKindTable ? "entry e JOIN " + kindTable + " k ON k.id = e.id" : "entry e";
    }

    private void addFilter(FilterParameter filter, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        Object[] parsed = values.stream().map(filter.parser()).toArray();
        // A filter's parser gives values of one type: words, or true and false.
        Class<?> type = parsed[0].getClass();
        String arraySqlType = ARRAY_TYPES.get(type);
        if (arraySqlType == null) {
            throw new IllegalStateException(
                    "filter " + filter.name() + " parses to " + type + ", which has no SQL array type");
        }
        String parameter = "p" + parameters.size();
        @SuppressWarnings("unchecked")
        Class<? extends Object[]> arrayClass = (Class<? extends Object[]>) type.arrayType();
        parameters.put(parameter, Arrays.copyOf(parsed, parsed.length, arrayClass));
        conditions.put(
                filter.name(),
                filter.condition()
                        .replace(FilterParameter.VALUES, "CAST(:%s AS %s)".formatted(parameter, arraySqlType)));
    }

    /** An expression the list is ordered by, and which way. */
    private record SortKey(String expression, boolean descending) {}

    /** The list's order, with the expression of the i-th sort key given by {@code expression}. */
    private String orderBy(IntFunction<String> expression) {
        return IntStream.range(0, order.size())
                .mapToObj(index -> expression.apply(index)
                        + (order.get(index).descending() ? " DESC NULLS LAST" : " ASC NULLS LAST"))
                .collect(Collectors.joining(", "));
    }

    private String where(String leftOut) {
        List<String> applied = conditions.entrySet().stream()
                .filter(condition -> !condition.getKey().equals(leftOut))
                .map(Map.Entry::getValue)
                .toList();
        return applied.isEmpty() ? "" : " WHERE " + String.join(" AND ", applied);
    }

    public String idsSql() {
        return "SELECT e.id FROM " + from() + where(null) + " ORDER BY "
                + orderBy(index -> order.get(index).expression()) + ", e.id LIMIT :limit OFFSET :offset";
    }

    /** The next {@code :limit} ids after {@code :after} in id order: a walk over the whole list in batches. */
    public String batchAfterSql() {
        String where = where(null);
        return "SELECT e.id FROM " + from() + (where.isEmpty() ? " WHERE " : where + " AND ")
                + "e.id > :after ORDER BY e.id LIMIT :limit";
    }

    public String countSql() {
        return "SELECT count(*) FROM " + from() + where(null);
    }

    /**
     * The requested page's ids in order and the size of the list, in one statement: rows of (id,
     * size), one per id, or a single row with a null id when the page is empty. A page that is
     * neither empty nor full is the last one, so its position gives the size, and an empty first
     * page means none: then the count is never run. Any other page needs it.
     */
    public String pageAndSizeSql() {
        // The page is materialized, so that it is read once rather than once per use of its ids.
        // Its ids come back as rows: an array column would have Hibernate resolve its type anew on
        // every execution.
        return "WITH page_ids AS MATERIALIZED (SELECT ARRAY(" + idsSql() + ") AS ids)"
                + " SELECT page.id, CASE WHEN cardinality(page_ids.ids) = :limit"
                + " OR (cardinality(page_ids.ids) = 0 AND :offset > 0)"
                + " THEN (" + countSql() + ") ELSE :offset + cardinality(page_ids.ids) END"
                + " FROM page_ids LEFT JOIN LATERAL unnest(page_ids.ids) WITH ORDINALITY AS page(id, position) ON true"
                + " ORDER BY page.position";
    }

    /**
     * The requested page, the size of the list and the counts per value of each facet, in one
     * statement that matches the entries once; rows of (facet, value, count). The page's rows have
     * the facet {@link #PAGE}, an id as value and its position on the page as count; the size is
     * the row whose facet is null. Each facet is counted under every condition but its own, so its
     * counts show what choosing another value would give: the conditions no facet leaves out select
     * the entries, and each facet's own condition becomes a flag. The page's sort keys are computed
     * only for entries that pass every flag.
     *
     * @param facets for each facet parameter, the column its values are read from
     * @param pageColumns SQL expressions over an entry ({@code e}) that each page row adds after
     *     its count, computed for the page's entries only; every other row has nulls there
     */
    public String pageSizeAndFacetsSql(Map<String, FacetColumn> facets, List<String> pageColumns) {
        List<String> columns = new ArrayList<>(List.of("e.id"));
        List<String> always = new ArrayList<>();
        Map<String, String> flags = new LinkedHashMap<>();
        conditions.forEach((name, condition) -> {
            if (facets.containsKey(name)) {
                flags.put(name, "flag_" + flags.size());
                columns.add("(" + condition + ") AS " + flags.get(name));
            } else {
                always.add(condition);
            }
        });
        String everyFlag = flags.keySet().stream()
                .map(name -> "(" + conditions.get(name) + ")")
                .collect(Collectors.joining(" AND "));
        List<String> sortColumns = new ArrayList<>();
        for (SortKey key : order) {
            String column = "sort_" + sortColumns.size();
            columns.add((flags.isEmpty()
                            ? key.expression()
                            : "CASE WHEN " + everyFlag + " THEN " + key.expression() + " END")
                    + " AS " + column);
            sortColumns.add("e." + column);
        }
        facets.forEach((name, facet) -> columns.add(facet.column() + " AS facet_" + name));
        String pageOrder = orderBy(sortColumns::get) + ", e.id";
        String pageIds = "SELECT e.id, row_number() OVER (ORDER BY " + pageOrder + ") AS position FROM (SELECT e.id, "
                + String.join(", ", sortColumns) + " FROM matched e" + flagsBut(flags, null) + " ORDER BY " + pageOrder
                + " LIMIT :limit OFFSET :offset) e";
        String noPageColumns = ", NULL".repeat(pageColumns.size());
        List<String> rows = new ArrayList<>();
        rows.add(
                pageColumns.isEmpty()
                        ? "SELECT '" + PAGE + "' AS facet, e.id AS value, e.position AS entries FROM (" + pageIds
                                + ") e"
                        : "SELECT '" + PAGE + "' AS facet, p.id AS value, p.position AS entries, "
                                + String.join(", ", pageColumns) + " FROM (" + pageIds
                                + ") p JOIN entry e ON e.id = p.id");
        rows.add("SELECT NULL, NULL, count(*)" + noPageColumns + " FROM matched e" + flagsBut(flags, null));
        // An array facet unnests in the select list: a function scan joined to each entry costs twice as much.
        facets.forEach((name, facet) -> rows.add((facet.multiValued()
                                ? "SELECT '%1$s', v.value, count(*)%3$s FROM (SELECT unnest(e.facet_%1$s) AS value FROM matched e%2$s) v"
                                : "SELECT '%1$s', e.facet_%1$s, count(*)%3$s FROM matched e%2$s")
                        .formatted(name, flagsBut(flags, name), noPageColumns)
                + " GROUP BY 2"));
        return "WITH matched AS MATERIALIZED (SELECT " + String.join(", ", columns) + " FROM " + from()
                + (always.isEmpty() ? "" : " WHERE " + String.join(" AND ", always)) + ") "
                + String.join(" UNION ALL ", rows);
    }

    private static String flagsBut(Map<String, String> flags, String leftOut) {
        List<String> applied = flags.entrySet().stream()
                .filter(flag -> !flag.getKey().equals(leftOut))
                .map(flag -> "e." + flag.getValue())
                .toList();
        return applied.isEmpty() ? "" : " WHERE " + String.join(" AND ", applied);
    }

    /**
     * Where a facet's values are on an entry's row ({@code e}): a column holding one value, or an
     * array column holding any number of them, each counted.
     */
    public record FacetColumn(String column, boolean multiValued) {}

    public Map<String, Object> parameters() {
        return parameters;
    }

    public PageRequest page() {
        return page;
    }
}
