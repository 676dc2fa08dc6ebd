package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list filtered by the columns that select many entries (kind, level, cost, stage,
 * specialization, language) has its page and its totalItems read from an index alone, without the
 * table. With the table's pages all-visible, an index-only scan costs less than reading the table
 * through the same index, so the planner, left only index paths and no sort, takes the index-only
 * scan of the narrowest index that holds every column the statement reads. A page that tells the
 * list's size by itself leaves the count unrun.
 */
@QuarkusTest
class ListPlanTest {

    private static final Map<String, List<String>> BROAD_FILTERS = Map.of(
            "level", List.of("beginner", "intermediate"),
            "cost", List.of("free"),
            "stage", List.of("theory"),
            "specialization", List.of("nlp"),
            "language", List.of("en"));

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    EntryKinds kinds;

    @Inject
    EntryFilters filters;

    @BeforeEach
    void markTheTablesPagesAllVisible() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE entry");
        }
    }

    @Test
    void aCollectionsPageInTitleOrderIsReadFromItsTitleIndex() {
        String plan = plan(courses(), this::pageOf);

        assertTrue(plan.contains("Index Only Scan using entry_kind_title_idx"), plan);
    }

    @Test
    void aCollectionsCountIsReadFromTheFiltersIndex() {
        String plan = plan(courses(), this::countOf);

        assertTrue(plan.contains("Index Only Scan using entry_list_filters_idx"), plan);
    }

    @Test
    void theListAcrossKindsIsReadFromIndexesToo() {
        Map<String, List<String>> query = Map.of("kind", List.of("event", "program"), "stage", List.of("networking"));
        EntryListQuery list = EntryListQuery.parse(query, null, filters.of(null), Optional.empty());

        String page = plan(list, this::pageOf);
        assertTrue(page.contains("Index Only Scan using entry_title_idx"), page);
        String count = plan(list, this::countOf);
        assertTrue(count.contains("Index Only Scan using entry_list_filters_idx"), count);
    }

    @Test
    void thePageAndSizeStatementReadsBothFromIndexes() {
        String plan = plan(courses(), this::pageAndSizeOf);

        assertTrue(plan.contains("Index Only Scan using entry_kind_title_idx"), plan);
        assertTrue(plan.contains("Index Only Scan using entry_list_filters_idx"), plan);
    }

    @Test
    void aFullPageCountsItsList() {
        String plan = executedPlan(coursesPage(1, 1));

        assertTrue(countLine(plan).contains("loops=1"), plan);
    }

    @Test
    void theLastPageGivesTheListsSizeWithoutCounting() {
        long courses = courseCount();
        // Of eleven page sizes in a row, at least one leaves a last page that is not full.
        int size = IntStream.rangeClosed(90, 100)
                .filter(candidate -> courses % candidate != 0)
                .findFirst()
                .orElseThrow();
        String plan = executedPlan(coursesPage(size, (int) (courses / size) + 1));

        assertTrue(countLine(plan).contains("never executed"), plan);
    }

    private EntryListQuery coursesPage(int size, int number) {
        EntryKind<?, ?> course = kinds.of(Kind.COURSE);
        Map<String, List<String>> query =
                Map.of("size", List.of(String.valueOf(size)), "page", List.of(String.valueOf(number)));
        return EntryListQuery.parse(query, course, filters.of(course), Optional.empty());
    }

    private long courseCount() {
        EntryListQuery list = coursesPage(1, 1);
        Object count = NativeQueries.rows(entityManager, list.countSql(), list.parameters())
                .get(0)[0];
        return ((Number) count).longValue();
    }

    /** The plan of the list's page-and-size statement as it ran, with the rows and loops of each step. */
    private String executedPlan(EntryListQuery list) {
        return text(NativeQueries.page(entityManager, "EXPLAIN (ANALYZE, COSTS OFF) " + list.pageAndSizeSql(), list));
    }

    /** The plan's line of the count: the only aggregate in the statement. */
    private static String countLine(String plan) {
        return plan.lines()
                .filter(line -> line.contains("Aggregate"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(plan));
    }

    private EntryListQuery courses() {
        EntryKind<?, ?> course = kinds.of(Kind.COURSE);
        return EntryListQuery.parse(BROAD_FILTERS, course, filters.of(course), Optional.empty());
    }

    private List<Object[]> pageOf(EntryListQuery list) {
        return NativeQueries.page(entityManager, "EXPLAIN " + list.idsSql(), list);
    }

    private List<Object[]> countOf(EntryListQuery list) {
        return NativeQueries.rows(entityManager, "EXPLAIN " + list.countSql(), list.parameters());
    }

    private List<Object[]> pageAndSizeOf(EntryListQuery list) {
        return NativeQueries.page(entityManager, "EXPLAIN " + list.pageAndSizeSql(), list);
    }

    /** The plan of a statement when the planner may neither scan the table whole, nor bitmap, nor sort. */
    private String plan(EntryListQuery list, Function<EntryListQuery, List<Object[]>> explain) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String path : List.of("seqscan", "bitmapscan", "sort")) {
                entityManager
                        .createNativeQuery("SET LOCAL enable_" + path + " = off")
                        .executeUpdate();
            }
            return text(explain.apply(list));
        });
    }

    /** The lines an EXPLAIN gives, as one text. */
    private static String text(List<Object[]> explain) {
        return explain.stream().map(line -> String.valueOf(line[0])).collect(Collectors.joining("\n"));
    }
}
