package org.mlcatalog.search;

import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.mlcatalog.support.ApiTest;

/**
 * Realistic queries against the curated catalog: names of courses, providers and people,
 * abbreviations, misspellings and multi-word needs. The entry a learner means must rank in the top 3.
 */
@QuarkusTest
class RelevanceTest extends ApiTest {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvFileSource(resources = "/search/relevance.csv")
    void ranksTheMeantEntryInTheTopThree(String query, String expectedId) {
        api().queryParam("q", query)
                .queryParam("size", 3)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.entry.id", hasItem(expectedId));
    }
}
