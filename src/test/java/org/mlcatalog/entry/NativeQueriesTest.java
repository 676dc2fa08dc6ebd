package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void readsTheQuotedColonsOfATextMatchsTitleWordsAsText() {
        NativeQueries.Compiled compiled = NativeQueries.compile(
                "SELECT string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '\\''') || ''':A', ' | ')"
                        + " FROM unnest(to_tsvector('catalog_english', :query_text))");

        assertEquals(List.of("query_text"), compiled.parameters());
        assertEquals(
                1, compiled.sql().chars().filter(character -> character == '?').count());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1 -- it's :x",
                "SELECT 1 /* it's :x */",
                "SELECT $$it's$$, :x",
                "SELECT E'it\\'s', :x",
                "SELECT data ? 'key' FROM t WHERE id = :x",
                "SELECT $1"
            })
    void refusesWhatItWouldReadWrong(String sql) {
        assertThrows(IllegalArgumentException.class, () -> NativeQueries.compile(sql));
    }

    @Test
    void takesANameEndingInEBeforeAQuoteForAName() {
        assertEquals(
                List.of("type"),
                NativeQueries.compile("SELECT name FROM t WHERE type = :type AND note = 'e'")
                        .parameters());
        assertEquals(
                List.of(),
                NativeQueries.compile("SELECT CASE WHEN a THEN 'y' ELSE'x' END FROM t")
                        .parameters());
    }
}
