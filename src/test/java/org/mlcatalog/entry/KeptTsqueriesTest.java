package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A query's tsquery is read from the database once, then taken from those kept. */
class KeptTsqueriesTest {

    private final List<List<String>> reads = new ArrayList<>();

    private String read(List<String> variants) {
        reads.add(variants);
        return "'" + String.join("' | '", variants) + "'";
    }

    @Test
    void readsEachQueryOnce() {
        KeptTsqueries tsqueries = new KeptTsqueries(100_000, this::read);

        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));
        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));
        assertEquals("'nlp'", tsqueries.of(List.of("nlp")));
        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));

        assertEquals(List.of(List.of("gan", "generative"), List.of("nlp")), reads);
    }

    @Test
    void tellsVariantsInAnotherOrderApart() {
        KeptTsqueries tsqueries = new KeptTsqueries(100_000, this::read);

        tsqueries.of(List.of("gan", "generative"));

        assertEquals("'generative' | 'gan'", tsqueries.of(List.of("generative", "gan")));
        assertEquals(2, reads.size());
    }

    @Test
    void keepsNoMoreBytesThanItIsGiven() {
        // Each query below weighs the entry's cost and 2 bytes for each of its 10 characters.
        int weight = KeptTsqueries.ENTRY_BYTES + 20;
        KeptTsqueries tsqueries = new KeptTsqueries(3 * weight, this::read);
        List<String> queries = List.of("aaaa", "bbbb", "cccc", "dddd");

        queries.forEach(query -> tsqueries.of(List.of(query)));
        queries.forEach(query -> tsqueries.of(List.of(query)));

        assertTrue(reads.size() > queries.size(), "four queries cannot all be kept in the room of three");
    }

    @Test
    void countsWhatAnEntryCostsBeyondItsCharacters() {
        // Queries whose tsquery is empty weigh almost nothing in characters, yet each takes heap.
        KeptTsqueries tsqueries = new KeptTsqueries(10 * KeptTsqueries.ENTRY_BYTES, variants -> {
            reads.add(variants);
            return "";
        });
        List<String> queries = IntStream.range(0, 100).mapToObj(i -> "!?" + i).toList();

        queries.forEach(query -> tsqueries.of(List.of(query)));
        queries.forEach(query -> tsqueries.of(List.of(query)));

        assertTrue(reads.size() > 190, "no more than 10 of 100 queries fit: " + reads.size() + " reads");
    }

    @Test
    void neverKeepsAQueryLargerThanItsRoom() {
        KeptTsqueries tsqueries = new KeptTsqueries(KeptTsqueries.ENTRY_BYTES, this::read);
        List<String> longQuery = List.of("x".repeat(40));

        tsqueries.of(longQuery);
        tsqueries.of(longQuery);

        assertEquals(2, reads.size());
    }

    @Test
    void keepsNothingOfAReadThatFails() {
        List<String> variants = List.of("nlp");
        KeptTsqueries failing = new KeptTsqueries(100_000, failed -> {
            reads.add(failed);
            throw new IllegalStateException("the database is down");
        });

        assertThrows(IllegalStateException.class, () -> failing.of(variants));
        assertThrows(IllegalStateException.class, () -> failing.of(variants));

        assertEquals(2, reads.size());
    }
}
