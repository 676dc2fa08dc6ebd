package org.mlcatalog.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Any web page may read; only the configured curation origin may write (see the test profile). */
@QuarkusTest
class CrossOriginTest extends ApiTest {

    private static final String ALLOWED = "https://curators.test.example";
    private static final String ELSEWHERE = "https://some-app.example";

    @Test
    void letsAnyOriginPreflightAndMakeReads() {
        anonymous()
                .header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/courses")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        anonymous()
                .header("Origin", ELSEWHERE)
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void refusesWritePreflightsFromOtherOrigins(String method) {
        anonymous()
                .header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", method)
                .options("/api/v1/courses/any")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void allowsWritePreflightsFromTheConfiguredOrigin(String method) {
        anonymous()
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/courses/any")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString(method))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void refusesAWriteFromAnotherOriginAndChangesNothing() {
        String tag = "cors-" + unique();
        invalidRequest()
                .header("Origin", ELSEWHERE)
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.COURSE, tag))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("CATALOG_CORS_WRITE_ORIGINS"));
        api().queryParam("tag", tag).get(KindPath.COURSE.path()).then().body("page.totalItems", equalTo(0));
    }

    @Test
    void acceptsAWriteFromTheConfiguredOrigin() {
        String id = json(Samples.body(KindPath.COURSE, "cors-" + unique()))
                .header("Origin", ALLOWED)
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .extract()
                .path("id");
        api().delete(KindPath.COURSE.path() + "/" + id).then().statusCode(204);
    }

    @Test
    void refusesAPreflightForAMethodThatIsNotOne() {
        anonymous()
                .header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "A B")
                .options("/api/v1/courses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
