package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Requests of the same shape send the same SQL, whatever their values: each connection prepares a
 * statement once and PostgreSQL keeps a plan for it, where a new text is parsed and planned again.
 */
@QuarkusTest
class StatementTextTest {

    @Inject
    EntityManager entityManager;

    @Inject
    EntryFilters filters;

    @Test
    void aQueryWithSynonymsHasTheTextOfAQueryWithout() {
        // A catalog too small for driving the index scan by the rarer words matches in one statement.
        TextQueries inOneStatement = new TextQueries(entityManager, new LexemeShares(entityManager, Long.MAX_VALUE));
        TextMatch withSynonyms = inOneStatement.parse("nlp course").orElseThrow();
        TextMatch without = inOneStatement.parse("python course").orElseThrow();

        String[] variants = (String[]) withSynonyms.parameters().get("variants");
        assertEquals("nlp course", variants[0]);
        assertTrue(variants.length > 1, "nlp has synonyms: " + List.of(variants));
        assertArrayEquals(
                new String[] {"python course"}, (String[]) without.parameters().get("variants"));
        assertEquals(withSynonyms.tsquery(), without.tsquery());
        assertEquals(withSynonyms.condition(), without.condition());
        assertEquals(withSynonyms.rank(), without.rank());
    }

    @Test
    void filtersAreWrittenInTheirOwnOrderNotTheRequests() {
        Map<String, List<String>> stageFirst = new LinkedHashMap<>();
        stageFirst.put("stage", List.of("theory"));
        stageFirst.put("level", List.of("beginner"));
        Map<String, List<String>> levelFirst = new LinkedHashMap<>();
        levelFirst.put("level", List.of("advanced"));
        levelFirst.put("stage", List.of("practice"));

        EntryListQuery one = EntryListQuery.parse(stageFirst, null, filters.of(null), Optional.empty());
        EntryListQuery other = EntryListQuery.parse(levelFirst, null, filters.of(null), Optional.empty());

        assertEquals(one.idsSql(), other.idsSql());
        assertEquals(one.countSql(), other.countSql());
        assertEquals(one.parameters().keySet(), other.parameters().keySet());
        assertNotEquals(one.parameters(), other.parameters());
    }

    @Test
    void aFilterGivenSeveralTimesHasTheTextOfAFilterGivenOnce() {
        EntryListQuery once = EntryListQuery.parse(
                Map.of("stage", List.of("theory"), "level", List.of("beginner")),
                null,
                filters.of(null),
                Optional.empty());
        EntryListQuery thrice = EntryListQuery.parse(
                Map.of("stage", List.of("theory", "practice", "networking"), "level", List.of("beginner", "advanced")),
                null,
                filters.of(null),
                Optional.empty());

        assertEquals(once.idsSql(), thrice.idsSql());
        assertArrayEquals(new String[] {"theory", "practice", "networking"}, (String[])
                thrice.parameters().get("p0"));
    }
}
