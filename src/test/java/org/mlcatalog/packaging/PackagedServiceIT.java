package org.mlcatalog.packaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.ContractFilter;
import org.mlcatalog.support.PackagedSchema;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/**
 * The service as `package` builds it, started the way it is deployed: one jar, the production
 * profile, and the configuration compiled into it rather than read from a properties file, which
 * the jar leaves out (README "Performance").
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedSchema.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PackagedServiceIT extends ApiTest {

    @Test
    void migratesItsSchemaAndServesTheCuratedCatalog() {
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        anonymous()
                .queryParam("q", "kaggle")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("page.totalItems", greaterThan(0))
                .body("facets.kind.competition", greaterThan(0));
    }

    @Test
    void appliesTheSettingsOfItsConfiguration() {
        // catalog.rate-limit.reads-per-minute has no default in code: 600 comes from the configuration.
        anonymous().get("/api/v1/courses").then().statusCode(200).header("RateLimit-Policy", equalTo("600;w=60"));
    }

    @Test
    void verifiesTokensAndWrites() {
        String tag = "packaged-" + unique();
        String id = json(Samples.body(KindPath.COURSE, tag))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        anonymous()
                .get(KindPath.COURSE.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("tags", hasItem(tag));
        String path = KindPath.COURSE.path() + "/" + id;
        isProblem(
                given().header(ContractFilter.INVALID_REQUEST, "true")
                        .header("Authorization", "Bearer " + Tokens.wrongSignature())
                        .delete(path)
                        .then(),
                401);
        api().delete(path).then().statusCode(204);
        anonymous().get(path).then().statusCode(404);
    }

    @Test
    void refusesUnknownFieldsWithAProblem() {
        Map<String, Object> body = new HashMap<>(Samples.body(KindPath.COURSE, "packaged-" + unique()));
        body.put("popularity", 5);
        isProblem(
                invalidRequest()
                        .contentType("application/json")
                        .body(body)
                        .post(KindPath.COURSE.path())
                        .then(),
                400);
    }
}
