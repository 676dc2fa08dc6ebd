package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list filtered by the columns that select many entries (kind, level, cost, stage,
 * specialization, language) has its page and its totalItems read from an index alone, without the
 * table. With the table's pages all-visible, an index-only scan costs less than reading the table
 * through the same index, so the planner, left only index paths and no sort, takes the index-only
 * scan of the narrowest index that holds every column the statement reads.
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

    private EntryListQuery courses() {
        EntryKind<?, ?> course = kinds.of(Kind.COURSE);
        return EntryListQuery.parse(BROAD_FILTERS, course, filters.of(course), Optional.empty());
    }

    private Query pageOf(EntryListQuery list) {
        return NativeQueries.page(entityManager, "EXPLAIN " + list.idsSql(), list);
    }

    private Query countOf(EntryListQuery list) {
        return NativeQueries.create(entityManager, "EXPLAIN " + list.countSql(), list.parameters());
    }

    /** The plan of a statement when the planner may neither scan the table whole, nor bitmap, nor sort. */
    private String plan(EntryListQuery list, Function<EntryListQuery, Query> explain) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String path : List.of("seqscan", "bitmapscan", "sort")) {
                entityManager
                        .createNativeQuery("SET LOCAL enable_" + path + " = off")
                        .executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<Object> lines = explain.apply(list).getResultList();
            return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        });
    }
}
