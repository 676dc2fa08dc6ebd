package org.mlcatalog.change;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** An app following the feed sees every creation, update and deletion, in order, exactly once. */
@QuarkusTest
class ChangeFeedTest extends ApiTest {

    private static final String FEED = "/api/v1/changes";
    private static final String COURSES = KindPath.COURSE.path();

    /** Follows the feed from a cursor to its current end; returns the last page and the end cursor. */
    private String createCourse() {
        return json(Samples.body(KindPath.COURSE, "feed-" + unique()))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void patchCourse(String id, Map<String, Object> changes) {
        api().contentType("application/merge-patch+json")
                .body(changes)
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(200);
    }

    private static String followToTheEnd(String since) {
        String cursor = since;
        for (int page = 0; page < 10_000; page++) {
            JsonPath answer = (cursor == null ? api() : api().queryParam("since", cursor))
                    .queryParam("size", 100)
                    .get(FEED)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = answer.getString("next");
            if (!answer.getBoolean("hasMore")) {
                return cursor;
            }
        }
        throw new AssertionError("the feed did not end");
    }

    @Test
    void startsWithTheShippedCatalog() {
        api().queryParam("size", 3)
                .get(FEED)
                .then()
                .statusCode(200)
                .body("changes.operation", contains("created", "created", "created"))
                .body("hasMore", equalTo(true))
                .body(
                        "changes[0].entry.id",
                        equalTo(api().queryParam("size", 1)
                                .get(FEED)
                                .then()
                                .extract()
                                .path("changes[0].id")));
    }

    @Test
    void reportsCreationUpdateAndDeletionInOrderWithATombstone() {
        String start = followToTheEnd(null);
        String id = createCourse();
        patchCourse(id, Map.of("level", "advanced"));

        api().queryParam("since", start)
                .get(FEED)
                .then()
                .statusCode(200)
                .body("changes.id", contains(id, id))
                .body("changes.operation", contains("created", "updated"))
                .body("changes[1].entry.level", equalTo("advanced"))
                .body("hasMore", equalTo(false));
        String afterUpdate = followToTheEnd(start);

        api().delete(COURSES + "/" + id).then().statusCode(204);
        api().queryParam("since", afterUpdate)
                .get(FEED)
                .then()
                .body("changes.operation", contains("deleted"))
                .body("changes[0].id", equalTo(id))
                .body("changes[0].kind", equalTo("course"))
                .body("changes[0].entry", nullValue());
        api().queryParam("since", followToTheEnd(afterUpdate)).get(FEED).then().body("changes", empty());
    }

    @Test
    void reportsAChangeOfStagesOnceAsAnUpdate() {
        String id = createCourse();
        String start = followToTheEnd(null);
        patchCourse(id, Map.of("stages", List.of("practice", "networking"), "specializations", List.of("speech")));

        api().queryParam("since", start)
                .get(FEED)
                .then()
                .statusCode(200)
                .body("changes.operation", contains("updated"))
                .body("changes[0].entry.stages", containsInAnyOrder("networking", "practice"))
                .body("changes[0].entry.specializations", contains("speech"));
        api().delete(COURSES + "/" + id).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1", "1.2.3", "-1.5", "99999999999999999999.1", "0.9999999999999999999"})
    void rejectsACursorItDidNotGive(String cursor) {
        invalidRequest().queryParam("since", cursor).get(FEED).then().statusCode(400);
    }

    @Test
    void filtersListsByUpdatedSince() {
        Instant before = Instant.now().minusSeconds(5);
        String tag = "since-" + unique();
        String id = json(Samples.body(KindPath.COURSE, tag))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        api().queryParam("tag", tag)
                .queryParam("updatedSince", before.toString())
                .get(COURSES)
                .then()
                .body("items.id", contains(id));
        api().queryParam("tag", tag)
                .queryParam("updatedSince", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/entries")
                .then()
                .body("items", empty());
        invalidRequest()
                .queryParam("updatedSince", "yesterday")
                .get(COURSES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("updatedSince"));
        api().delete(COURSES + "/" + id).then().statusCode(204);
    }
}
