package org.mlcatalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** ETags and dates let clients cache reads (304) and never overwrite a change they have not seen (412). */
@QuarkusTest
class ConditionalRequestTest extends ApiTest {

    private static final String COURSES = KindPath.COURSE.path();

    private String id;
    private String tag;

    @BeforeEach
    void createCourse() {
        tag = "cache-" + unique();
        id = json(Samples.body(KindPath.COURSE, tag))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @AfterEach
    void deleteCourse() {
        api().delete(COURSES + "/" + id).then().statusCode(204);
    }

    @Test
    void answersAnUnchangedEntryWith304AndAChangedOneWith200() {
        Response first = anonymous().get(COURSES + "/" + id);
        first.then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", equalTo("public, max-age=60"));
        String etag = first.header("ETag");

        anonymous()
                .header("If-None-Match", etag)
                .get(COURSES + "/" + id)
                .then()
                .statusCode(304)
                .body(emptyString());
        anonymous()
                .header("If-Modified-Since", first.header("Last-Modified"))
                .get(COURSES + "/" + id)
                .then()
                .statusCode(304);

        api().contentType("application/merge-patch+json")
                .body(Map.of("level", "advanced"))
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(200);
        String newer = anonymous()
                .header("If-None-Match", etag)
                .get(COURSES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(etag, newer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/readings?tag=", "/api/v1/search?q=", "/api/v1/entries?tag="})
    void answersAnUnchangedListWith304UntilAnEntryIsAdded(String list) {
        String etag =
                anonymous().get(list + tag).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get(list + tag).then().statusCode(304);

        Map<String, Object> body = Samples.body(KindPath.READING, tag + "-more");
        body.put("tags", java.util.List.of(tag));
        body.put("title", "More on " + tag);
        String added = json(body)
                .post(KindPath.READING.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        anonymous().header("If-None-Match", etag).get(list + tag).then().statusCode(200);
        api().delete(KindPath.READING.path() + "/" + added).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/stages", "/api/v1/stages/theory", "/api/v1/specializations/nlp"})
    void tagsTheTaxonomies(String path) {
        String etag = anonymous().get(path).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get(path).then().statusCode(304);
    }

    @Test
    void keepsAnswersToTokenHoldersOutOfSharedCaches() {
        api().get(COURSES + "/" + id).then().statusCode(200).header("Cache-Control", containsString("private"));
    }

    @Test
    void refusesChangesBasedOnAStaleVersionWith412AndChangesNothing() {
        String stale = api().get(COURSES + "/" + id).then().extract().header("ETag");
        String current = api().contentType("application/merge-patch+json")
                .body(Map.of("level", "intermediate"))
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(stale)))
                .extract()
                .header("ETag");

        invalidRequest()
                .header("If-Match", stale)
                .contentType("application/merge-patch+json")
                .body(Map.of("level", "advanced"))
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        invalidRequest()
                .header("If-Match", stale)
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.COURSE, tag))
                .put(COURSES + "/" + id)
                .then()
                .statusCode(412);
        invalidRequest()
                .header("If-Match", stale)
                .delete(COURSES + "/" + id)
                .then()
                .statusCode(412);
        api().get(COURSES + "/" + id).then().statusCode(200).body("level", equalTo("intermediate"));

        api().header("If-Match", current)
                .contentType("application/merge-patch+json")
                .body(Map.of("level", "advanced"))
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(200)
                .body("level", equalTo("advanced"));
    }

    @Test
    void refusesAStaleSpecializationChangeWith412() {
        String slug = "versioned-" + unique();
        String stale = json(Map.of("slug", slug, "name", "Versioned", "description", "Changes twice."))
                .post("/api/v1/specializations")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        api().contentType("application/merge-patch+json")
                .body(Map.of("name", "Versioned again"))
                .patch("/api/v1/specializations/" + slug)
                .then()
                .statusCode(200);

        invalidRequest()
                .header("If-Match", stale)
                .delete("/api/v1/specializations/" + slug)
                .then()
                .statusCode(412);
        api().delete("/api/v1/specializations/" + slug).then().statusCode(204);
    }

    @Test
    void comparesIfMatchStronglyAndVariesOnAccept() {
        String etag = api().get(COURSES + "/" + id)
                .then()
                .header("Vary", containsString("Accept"))
                .extract()
                .header("ETag");
        invalidRequest()
                .header("If-Match", "W/" + etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("level", "advanced"))
                .patch(COURSES + "/" + id)
                .then()
                .statusCode(412);
    }
}
