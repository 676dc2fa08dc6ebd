package org.mlcatalog.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.ContractFilter;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/** With small limits, a client over its allowance gets 429 with Retry-After, and others do not. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest extends ApiTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "catalog.rate-limit.reads-per-minute", "5",
                    "catalog.rate-limit.writes-per-minute", "2");
        }
    }

    @Test
    void limitsReadsPerClientWith429AndRetryAfter() {
        for (int read = 0; read < 5; read++) {
            anonymous()
                    .get("/api/v1/stages")
                    .then()
                    .statusCode(200)
                    .header("RateLimit", containsString("limit=5"))
                    .header("RateLimit-Policy", equalTo("5;w=60"));
        }
        given().header(ContractFilter.INVALID_REQUEST, "true")
                .get("/api/v1/stages")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", containsString("remaining=0"));
    }

    @Test
    void limitsWritesPerCuratorAndChangesNothingWhenRefused() {
        String curator = "Bearer " + Tokens.curator();
        for (int write = 0; write < 2; write++) {
            String id = given().header("Authorization", curator)
                    .contentType(ContentType.JSON)
                    .body(Samples.body(KindPath.READING, "limited-" + unique()))
                    .post(KindPath.READING.path())
                    .then()
                    .statusCode(201)
                    .header("RateLimit", containsString("limit=2"))
                    .extract()
                    .path("id");
            created.add(id);
        }
        String tag = "refused-" + unique();
        given().header(ContractFilter.INVALID_REQUEST, "true")
                .header("Authorization", curator)
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.READING, tag))
                .post(KindPath.READING.path())
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
        // Another curator still has an allowance of their own.
        given().header("Authorization", "Bearer " + Tokens.admin())
                .delete(KindPath.READING.path() + "/" + created.remove(0))
                .then()
                .statusCode(204);
        given().header("Authorization", "Bearer " + Tokens.admin())
                .delete(KindPath.READING.path() + "/" + created.remove(0))
                .then()
                .statusCode(204);
    }

    private final java.util.List<String> created = new java.util.ArrayList<>();
}
