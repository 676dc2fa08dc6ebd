package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Native SQL run through JDBC: each value bound by its type, each use of a name bound, and a missing value refused. */
@QuarkusTest
class NativeQueriesBindingTest {

    @Inject
    EntityManager entityManager;

    @Test
    void bindsEachValueByItsTypeAtEveryUseOfItsName() {
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> NativeQueries.rows(
                        entityManager,
                        "SELECT :text || :text, :count + 1, :ratio * 2, NOT :flag,"
                                + " cardinality(CAST(:words AS text[])), (CAST(:flags AS boolean[]))[2],"
                                + " CAST(:big AS bigint) + 1",
                        Map.of(
                                "text",
                                "ab",
                                "count",
                                41,
                                "ratio",
                                0.25,
                                "flag",
                                true,
                                "words",
                                new String[] {"x", "y", "z"},
                                "flags",
                                new Boolean[] {true, false},
                                "big",
                                9_000_000_000L)));

        assertEquals(1, rows.size());
        assertArrayEquals(new Object[] {"abab", 42, 0.5, false, 3, false, 9_000_000_001L}, rows.get(0));
    }

    @Test
    void readsTheFirstColumnAsText() {
        List<String> texts = QuarkusTransaction.requiringNew()
                .call(() -> NativeQueries.texts(
                        entityManager,
                        "SELECT unnest(CAST(:words AS text[])), 1",
                        Map.of("words", new String[] {"b", "a"})));

        assertEquals(List.of("b", "a"), texts);
    }

    @Test
    void refusesSqlNamingAParameterWithoutAValue() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew()
                        .call(() ->
                                NativeQueries.rows(entityManager, "SELECT :given, :missing", Map.of("given", "here"))));

        assertEquals("no value for the parameter :missing", refused.getMessage());
    }

    @Test
    void refusesAValueOfATypeItDoesNotBind() {
        assertThrows(
                IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> NativeQueries.rows(entityManager, "SELECT :when", Map.of("when", new Object()))));
    }
}
