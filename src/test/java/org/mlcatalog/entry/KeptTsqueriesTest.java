package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
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
        KeptTsqueries tsqueries = new KeptTsqueries(10, this::read);

        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));
        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));
        assertEquals("'nlp'", tsqueries.of(List.of("nlp")));
        assertEquals("'gan' | 'generative'", tsqueries.of(List.of("gan", "generative")));

        assertEquals(List.of(List.of("gan", "generative"), List.of("nlp")), reads);
    }

    @Test
    void tellsVariantsInAnotherOrderApart() {
        KeptTsqueries tsqueries = new KeptTsqueries(10, this::read);

        tsqueries.of(List.of("gan", "generative"));

        assertEquals("'generative' | 'gan'", tsqueries.of(List.of("generative", "gan")));
        assertEquals(2, reads.size());
    }

    @Test
    void keepsNothingOfAReadThatFails() {
        List<String> variants = List.of("nlp");
        KeptTsqueries failing = new KeptTsqueries(10, failed -> {
            reads.add(failed);
            throw new IllegalStateException("the database is down");
        });

        assertThrows(IllegalStateException.class, () -> failing.of(variants));
        assertThrows(IllegalStateException.class, () -> failing.of(variants));

        assertEquals(2, reads.size());
    }
}
