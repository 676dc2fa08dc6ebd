package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Entries read straight from their rows are the entries Hibernate loads: every field of every
 * kind, with the stages and specializations of the link tables.
 */
@QuarkusTest
class EntryRowsTest {

    @Inject
    EntryRows rows;

    @Inject
    EntityManager entityManager;

    @Inject
    EntryService service;

    @Test
    void everyEntryReadFromItsRowIsRepresentedAsWhenHibernateLoadsIt() {
        Map<String, EntryRepresentation> loaded = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from Entry", Entry.class)
                        .getResultStream()
                        .peek(entry -> {
                            Hibernate.initialize(entry.stages);
                            Hibernate.initialize(entry.specializations);
                        })
                        .map(service::represent)
                        .collect(Collectors.toMap(EntryRepresentation::id, Function.identity())));

        Map<String, EntryRepresentation> read = QuarkusTransaction.requiringNew()
                .call(() -> rows.read(entityManager.unwrap(Session.class), List.copyOf(loaded.keySet())).stream()
                        .map(service::represent)
                        .collect(Collectors.toMap(EntryRepresentation::id, Function.identity())));

        assertEquals(loaded.keySet(), read.keySet());
        loaded.forEach((id, representation) -> assertEquals(representation, read.get(id), id));
        Set<Kind> kinds = read.values().stream().map(EntryRepresentation::kind).collect(Collectors.toSet());
        assertEquals(new HashSet<>(Arrays.asList(Kind.values())), kinds, "every kind is compared");
        assertTrue(read.size() > 400, "the shipped catalog is compared: " + read.size());
    }

    @Test
    void leavesOutIdsThatNameNoEntry() {
        List<Entry> read = QuarkusTransaction.requiringNew()
                .call(() -> rows.read(
                        entityManager.unwrap(Session.class),
                        List.of("kaggle-learn-python", "no-such-entry", "mit-18-06-linear-algebra")));

        assertEquals(
                Set.of("kaggle-learn-python", "mit-18-06-linear-algebra"),
                read.stream().map(entry -> entry.id).collect(Collectors.toSet()));
    }
}
