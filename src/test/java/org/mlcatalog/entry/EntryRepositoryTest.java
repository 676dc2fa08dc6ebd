package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading the entries of a page whose ids were read a moment before. */
@QuarkusTest
class EntryRepositoryTest {

    @Inject
    EntryRepository entries;

    @Test
    void loadsInTheOrderGivenAndLeavesOutIdsThatNoLongerExist() {
        List<Entry> loaded = entries.loadInOrder(
                List.of("mit-18-06-linear-algebra", "deleted-in-the-meantime", "kaggle-learn-python"));
        assertEquals(
                List.of("mit-18-06-linear-algebra", "kaggle-learn-python"),
                loaded.stream().map(entry -> entry.id).toList());
    }
}
