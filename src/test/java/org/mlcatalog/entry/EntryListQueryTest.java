package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a filter's values become the one array parameter of its condition. */
class EntryListQueryTest {

    private static final FilterParameter YEAR =
            new FilterParameter("year", "e.year = ANY(" + FilterParameter.VALUES + ")", Integer::valueOf);
    private static final FilterParameter TOPIC =
            new FilterParameter("topic", "e.topic = ANY(" + FilterParameter.VALUES + ")", value -> value);

    @Test
    void refusesAFilterWhoseValuesHaveNoSqlArrayType() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> EntryListQuery.parse(Map.of("year", List.of("2024")), null, List.of(YEAR), Optional.empty()));
        assertTrue(refused.getMessage().contains("year"), refused.getMessage());
    }

    @Test
    void aFilterWithoutValuesAddsNoCondition() {
        EntryListQuery unfiltered = EntryListQuery.parse(Map.of(), null, List.of(TOPIC), Optional.empty());
        EntryListQuery empty = EntryListQuery.parse(Map.of("topic", List.of()), null, List.of(TOPIC), Optional.empty());

        assertEquals(unfiltered.countSql(), empty.countSql());
        assertTrue(empty.parameters().isEmpty(), empty.parameters().toString());
    }
}
