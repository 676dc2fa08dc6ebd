package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How named parameters become JDBC's positional ones. */
class NativeQueriesTest {

    @Test
    void replacesEachUseOfAParameterWhereverItEnds() {
        NativeQueries.Compiled compiled =
                NativeQueries.compile("SELECT id FROM entry WHERE level IN (:level) AND cost = :cost LIMIT :limit");

        assertEquals("SELECT id FROM entry WHERE level IN (?) AND cost = ? LIMIT ?", compiled.sql());
        assertEquals(List.of("level", "cost", "limit"), compiled.parameters());
    }

    @Test
    void readsWholeNamesAndBindsARepeatedNameAtEachUse() {
        NativeQueries.Compiled compiled = NativeQueries.compile("WHERE a = :tag_2 OR b = :tag OR c = :tag");

        assertEquals("WHERE a = ? OR b = ? OR c = ?", compiled.sql());
        assertEquals(List.of("tag_2", "tag", "tag"), compiled.parameters());
    }

    @Test
    void leavesCastsLiteralsAndQuotedIdentifiersAlone() {
        String sql = "SELECT 'a:b', '''x'':A', \":odd\", e.level::text, CAST(:level AS text) FROM entry e";

        NativeQueries.Compiled compiled = NativeQueries.compile(sql);

        assertEquals(sql.replace(":level AS", "? AS"), compiled.sql());
        assertEquals(List.of("level"), compiled.parameters());
    }

    @Test
    void leavesAColonBeforeANonNameAlone() {
        NativeQueries.Compiled compiled = NativeQueries.compile("SELECT arr[1:2], :first FROM t WHERE x = :1");

        assertEquals("SELECT arr[1:2], ? FROM t WHERE x = :1", compiled.sql());
        assertEquals(List.of("first"), compiled.parameters());
    }
}
