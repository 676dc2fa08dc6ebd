package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which looser query drives the index scan, from the shares of entries that hold each word. */
class IndexDriverTest {

    /** Shares as in a catalog of a million generated entries. */
    private static final Map<String, Double> SHARES = Map.of(
            "learn", 0.76,
            "cours", 0.49,
            "deep", 0.32,
            "generat", 0.17,
            "network", 0.15,
            "special", 0.047,
            "gan", 0.015,
            "adversari", 0.0075,
            "yann", 0.0018,
            "lecun", 0.0017);

    private static final ToDoubleFunction<String> SHARE = lexeme -> SHARES.getOrDefault(lexeme, 0.001);
    private static final ToDoubleFunction<String> NO_STATISTICS = lexeme -> 0;

    @Test
    void drivesByTheRareWordsAndLeavesTheCommonOnesToTheTest() {
        assertEquals(
                Optional.of("( 'lecun' & 'yann' )"),
                IndexDriver.of("'yann' & 'lecun' & 'deep' & 'learn' & 'cours'", SHARE));
    }

    @Test
    void keepsACommonerWordWhileItRulesOutMoreEntriesThanItCostsToRead() {
        // "special" (5%) still rules out most of the 1.5% that hold "gan"; "network" and
        // "generat" add little to "adversari" & "special".
        assertEquals(
                Optional.of("( ( 'gan' & 'special' ) | ( 'adversari' & 'special' ) )"),
                IndexDriver.of("'gan' & 'special' | 'generat' <-> 'adversari' <-> 'network' & 'special'", SHARE));
    }

    @Test
    void leavesAQueryOfCommonWordsOnlyAsItIs() {
        assertEquals(Optional.empty(), IndexDriver.of("'deep' & 'learn'", SHARE));
        assertEquals(Optional.empty(), IndexDriver.of("'learn'", SHARE));
    }

    @Test
    void dropsNegationsWhichCannotNarrowAScan() {
        assertEquals(Optional.of("'gan'"), IndexDriver.of("'gan' & !'network'", SHARE));
        assertEquals(Optional.of("'gan'"), IndexDriver.of("'gan' & !( 'network' | 'deep' )", SHARE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!'gan'", "'gan' | !'deep'", "'gan' & 'yann' | !'deep'"})
    void leavesAQueryThatCanMatchWithoutAnyWordAsItIs(String tsquery) {
        assertEquals(Optional.empty(), IndexDriver.of(tsquery, SHARE));
    }

    @Test
    void readsAPhraseAsItsWordsWhoseOrderIsTestedAfter() {
        assertEquals(Optional.of("( 'lecun' & 'yann' )"), IndexDriver.of("'yann' <-> 'lecun'", SHARE));
        assertEquals(Optional.of("( 'lecun' & 'yann' )"), IndexDriver.of("'yann' <2> 'lecun'", SHARE));
        assertEquals(Optional.of("( 'a' & 'b' )"), IndexDriver.of("'a' <-> 'b'", NO_STATISTICS));
    }

    @Test
    void keepsEveryWordBeforeTheTableIsAnalysed() {
        assertEquals(Optional.empty(), IndexDriver.of("'deep' & 'learn' & 'cours'", NO_STATISTICS));
    }

    @Test
    void keepsFlagsAndQuotingOfTheWordsItKeeps() {
        assertEquals(Optional.of("'it''s':AB"), IndexDriver.of("'it''s':AB & 'learn'", SHARE));
        assertEquals(Optional.of("'c\\\\d'"), IndexDriver.of("'c\\\\d' & 'learn'", SHARE));
        // A prefix stands for many words: taken as the commonest of all.
        assertEquals(Optional.of("'gan'"), IndexDriver.of("'gan' & 'le':*", SHARE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gan", "'gan' &", "( 'gan'", "'gan' <x> 'deep'", "'gan"})
    void leavesTextItCannotReadToTheQueryItself(String tsquery) {
        assertEquals(Optional.empty(), IndexDriver.of(tsquery, SHARE));
    }
}
