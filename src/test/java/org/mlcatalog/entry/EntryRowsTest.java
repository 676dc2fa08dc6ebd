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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entries read straight from their rows are the entries Hibernate loads: every field of every
 * kind, with the stages and specializations of the link tables. Each test runs in a transaction
 * that is rolled back.
 */
@QuarkusTest
class EntryRowsTest {

    @Inject
    EntryRows rows;

    @Inject
    EntityManager entityManager;

    @Inject
    EntryService service;

    @Inject
    EntryKinds kinds;

    @BeforeEach
    void begin() {
        QuarkusTransaction.begin();
    }

    @AfterEach
    void rollBack() {
        QuarkusTransaction.rollback();
    }

    @Test
    void everyEntryReadFromItsRowIsRepresentedAsWhenHibernateLoadsIt() {
        giveEveryFieldADistinctValue();
        Map<String, EntryRepresentation> loaded = entityManager
                .createQuery("from Entry", Entry.class)
                .getResultStream()
                .peek(entry -> {
                    Hibernate.initialize(entry.stages);
                    Hibernate.initialize(entry.specializations);
                })
                .map(service::represent)
                .collect(Collectors.toMap(EntryRepresentation::id, Function.identity()));

        Map<String, EntryRepresentation> read = rows.read(session(), List.copyOf(loaded.keySet())).stream()
                .map(service::represent)
                .collect(Collectors.toMap(EntryRepresentation::id, Function.identity()));

        assertEquals(loaded.keySet(), read.keySet());
        loaded.forEach((id, representation) -> assertEquals(representation, read.get(id), id));
        Set<Kind> compared =
                read.values().stream().map(EntryRepresentation::kind).collect(Collectors.toSet());
        assertEquals(new HashSet<>(Arrays.asList(Kind.values())), compared, "every kind is compared");
        assertTrue(read.size() > 400, "the shipped catalog is compared: " + read.size());
    }

    @Test
    void anEntryReadByItsIdAloneIsTheSameAsReadWithOthers() {
        List<String> oneOfEachKind = Arrays.stream(Kind.values())
                .map(kind -> entityManager
                        .createQuery("select e.id from Entry e where type(e) = :type order by e.id", String.class)
                        .setParameter("type", kinds.of(kind).entityType())
                        .setMaxResults(1)
                        .getSingleResult())
                .toList();
        Map<String, EntryRepresentation> together = rows.read(session(), oneOfEachKind).stream()
                .map(service::represent)
                .collect(Collectors.toMap(EntryRepresentation::id, Function.identity()));

        for (String id : oneOfEachKind) {
            List<Entry> alone = rows.read(session(), List.of(id));
            assertEquals(1, alone.size(), id);
            assertEquals(together.get(id), service.represent(alone.get(0)), id);
        }
    }

    @Test
    void leavesOutIdsThatNameNoEntryAndReadsARepeatedIdOnce() {
        List<Entry> read = rows.read(
                session(),
                List.of("kaggle-learn-python", "no-such-entry", "mit-18-06-linear-algebra", "kaggle-learn-python"));

        assertEquals(
                List.of("kaggle-learn-python", "mit-18-06-linear-algebra"),
                read.stream().map(entry -> entry.id).sorted().toList());
    }

    /**
     * The shipped catalog leaves some fields the same or empty in every entry (created and updated
     * at the same moment by nobody, competitions without dates, events never online); with distinct
     * values, two columns read into each other's fields would show.
     */
    private void giveEveryFieldADistinctValue() {
        entityManager
                .createNativeQuery("UPDATE entry SET updated_at = created_at + interval '1 day',"
                        + " created_by = 'creator-' || id, updated_by = 'updater-' || id, version = 3")
                .executeUpdate();
        entityManager
                .createNativeQuery("UPDATE competition SET start_date = DATE '2026-01-10',"
                        + " end_date = DATE '2026-02-20', max_team_size = 4")
                .executeUpdate();
        entityManager
                .createNativeQuery("UPDATE event SET online = NOT online, start_date = DATE '2026-06-01',"
                        + " end_date = DATE '2026-06-03'")
                .executeUpdate();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
