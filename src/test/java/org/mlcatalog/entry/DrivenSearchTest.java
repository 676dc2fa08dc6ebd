package org.mlcatalog.entry;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;

/**
 * A search whose common words are left out of the index scan finds exactly the entries its whole
 * query matches: the looser query only chooses which entries are tested.
 */
@QuarkusTest
class DrivenSearchTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    LexemeShares lexemeShares;

    @Inject
    TextQueries textQueries;

    @BeforeEach
    void readTheCatalogsStatistics() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE entry");
        }
        lexemeShares.refresh();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "andrew ng machine learning course",
                "\"deep learning\" course -python",
                "stanford machine learning or kaggle learn",
                "gan specialization",
                "learning",
                "the of and"
            })
    void findsWhatTheWholeQueryMatches(String query) throws SQLException {
        List<String> expected = matching(query);

        List<String> found = api().queryParam("q", query)
                .queryParam("size", 100)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(expected.size()))
                .extract()
                .path("items.entry.id");

        if (expected.size() <= 100) {
            assertEquals(Set.copyOf(expected), Set.copyOf(found));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"andrew ng machine learning course", "\"deep learning\" course -python"})
    void drivesTheScanByALooserQueryWhereItHasCommonWords(String query) {
        TextMatch match = textQueries.parse(query).orElseThrow();

        assertNotEquals(match.tsquery(), match.indexTsquery());
    }

    @Test
    void aDrivenQueryWithSynonymsHasTheTextOfAQueryWithout() {
        TextMatch withSynonyms = textQueries.parse("nlp course").orElseThrow();
        TextMatch without = textQueries.parse("python course").orElseThrow();

        // The variants are matched as one tsquery, bound as a value.
        assertTrue(((String) withSynonyms.parameters().get("tsquery")).contains("|"));
        assertEquals(withSynonyms.tsquery(), without.tsquery());
        assertEquals(withSynonyms.rank(), without.rank());
    }

    /** The ids the query and its synonyms match, matched by the whole query alone. */
    private List<String> matching(String query) throws SQLException {
        String sql = "SELECT e.id FROM entry e WHERE e.search_document @@ (SELECT catalog_any_of("
                + "websearch_to_tsquery('catalog_english', v.variant)) FROM unnest(?) AS v(variant))";
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            String folded = Slugs.fold(query);
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "text", textQueries.variants(folded).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
