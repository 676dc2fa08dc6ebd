package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which named parameters a native query's SQL uses, so that only those are bound. */
class NativeQueriesTest {

    @Test
    void findsAParameterWhereverItEnds() {
        assertTrue(NativeQueries.names("SELECT id FROM entry WHERE level = :level", "level"));
        assertTrue(NativeQueries.names("WHERE level IN (:level) AND cost = :cost", "level"));
        assertTrue(NativeQueries.names("LIMIT :limit OFFSET :offset", "offset"));
    }

    @Test
    void ignoresAParameterWhoseNameOnlyStartsTheSame() {
        assertFalse(NativeQueries.names("WHERE level IN (:levels)", "level"));
        assertFalse(NativeQueries.names("WHERE tag = :tag_2", "tag"));
        assertFalse(NativeQueries.names("WHERE level = 'beginner'", "level"));
    }

    @Test
    void findsALaterUseAfterALongerName() {
        assertTrue(NativeQueries.names("WHERE a = :tag_2 OR b = :tag", "tag"));
    }
}
