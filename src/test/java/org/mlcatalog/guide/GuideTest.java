package org.mlcatalog.guide;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;

/** The learning path: seven stages in order, entries that fit, featured ones first, and estimates. */
@QuarkusTest
class GuideTest extends ApiTest {

    @Test
    void walksTheSevenStagesInOrderWithEntriesForEach() {
        api().get("/api/v1/guide")
                .then()
                .statusCode(200)
                .body(
                        "stages.slug",
                        contains(
                                "foundations",
                                "theory",
                                "practice",
                                "specialization",
                                "continuous-learning",
                                "networking",
                                "job-market"))
                .body("stages.collect { it.entries.size() }", everyItem(equalTo(5)))
                .body("stages[0].estimatedWeeks", nullValue());
    }

    @Test
    void fitsTheLearnersSpecializationBudgetAndTime() {
        JsonPath path = api().queryParam("specialization", "computer-vision")
                .queryParam("cost", "free")
                .queryParam("hoursPerWeek", 4)
                .get("/api/v1/guide")
                .then()
                .statusCode(200)
                .body("stages[3].entries[0].specializations", hasItem("computer-vision"))
                .body("stages.entries.flatten().cost", everyItem(isOneOf("free", "freemium")))
                .extract()
                .jsonPath();
        int hours = path.getInt("stages[0].courseHours");
        assertEquals((hours + 3) / 4, path.getInt("stages[0].estimatedWeeks"));
    }

    @Test
    void putsFeaturedEntriesFirstInTheCuratorsOrder() {
        List<String> featured = List.of("mit-18-06-linear-algebra", "3blue1brown-essence-of-linear-algebra");
        api().contentType("application/json")
                .body(Map.of("entries", featured))
                .put("/api/v1/guide/stages/foundations/featured")
                .then()
                .statusCode(200)
                .body("entries", equalTo(featured));

        api().get("/api/v1/guide")
                .then()
                .body("stages[0].entries[0].id", equalTo(featured.get(0)))
                .body("stages[0].entries[1].id", equalTo(featured.get(1)));

        api().contentType("application/json")
                .body(Map.of("entries", List.of()))
                .put("/api/v1/guide/stages/foundations/featured")
                .then()
                .statusCode(200);
    }

    @Test
    void replacesFeaturedEntriesOnlyIfTheyAreWhatTheClientLastSaw() {
        String path = "/api/v1/guide/stages/job-market/featured";
        List<String> ids = api().queryParam("stage", "job-market")
                .queryParam("size", 2)
                .get("/api/v1/entries")
                .then()
                .extract()
                .path("items.id");
        String seen = api().contentType("application/json")
                .body(Map.of("entries", List.of(ids.get(0))))
                .put(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        api().contentType("application/json")
                .body(Map.of("entries", ids))
                .put(path)
                .then()
                .statusCode(200);

        isProblem(
                api().contentType("application/json")
                        .header("If-Match", seen)
                        .body(Map.of("entries", List.of()))
                        .put(path)
                        .then(),
                412);
        String current = api().contentType("application/json")
                .header("If-Match", "*")
                .body(Map.of("entries", ids))
                .put(path)
                .then()
                .statusCode(200)
                .body("entries", equalTo(ids))
                .extract()
                .header("ETag");
        api().contentType("application/json")
                .header("If-Match", current)
                .body(Map.of("entries", List.of()))
                .put(path)
                .then()
                .statusCode(200)
                .body("entries", equalTo(List.of()));
    }

    @Test
    void replacesFeaturedEntriesOneRequestAtATime() throws Exception {
        // Without the stage's lock, replacements that overlap collide on the stage's ranks (409).
        String path = "/api/v1/guide/stages/practice/featured";
        List<String> ids = api().queryParam("stage", "practice")
                .queryParam("size", 3)
                .get("/api/v1/entries")
                .then()
                .extract()
                .path("items.id");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int request = 0; request < 24; request++) {
                List<String> featured = ids.subList(0, 1 + request % ids.size());
                answers.add(clients.submit(() -> api().contentType("application/json")
                        .body(Map.of("entries", featured))
                        .put(path)
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdown();
        }
        api().contentType("application/json")
                .body(Map.of("entries", List.of()))
                .put(path)
                .then()
                .statusCode(200);
    }

    @Test
    void refusesFeaturingWhatDoesNotExist() {
        invalidRequest()
                .contentType("application/json")
                .body(Map.of("entries", List.of("no-such-entry")))
                .put("/api/v1/guide/stages/foundations/featured")
                .then()
                .statusCode(400);
        invalidRequest()
                .contentType("application/json")
                .body(Map.of("entries", List.of()))
                .put("/api/v1/guide/stages/mastery/featured")
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "level=expert",
                "cost=cheap",
                "specialization=alchemy",
                "hoursPerWeek=0",
                "hoursPerWeek=a",
                "pace=fast"
            })
    void rejectsBadPreferencesWith400(String query) {
        invalidRequest().get("/api/v1/guide?" + query).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesFeaturingAnEntryOfAnotherStage() {
        String networkingOnly = "neurips-conference";
        api().get("/api/v1/entries/" + networkingOnly)
                .then()
                .body("stages", org.hamcrest.Matchers.not(hasItem("foundations")));
        invalidRequest()
                .contentType("application/json")
                .body(Map.of("entries", List.of(networkingOnly)))
                .put("/api/v1/guide/stages/foundations/featured")
                .then()
                .statusCode(400);
    }
}
